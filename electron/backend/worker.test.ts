// The backend worker runs in plain Node worker_threads: started as Electron's main process does, it
// answers calls and survives bad input; the database stays off the calling thread.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSETS_DIR } from './test-backend.js';
import { startBackendWorker } from './worker-client.js';

describe('backend worker', () => {
  it('answers through the dispatcher and closes cleanly', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'idv-worker-'));
    const worker = await startBackendWorker(
      new URL('./worker-dev.mjs', import.meta.url),
      { dbFile: path.join(dir, 'w.sqlite'), demo: true, assetsDir: ASSETS_DIR, sqliteBinding: null },
      [],
    );
    try {
      expect(await worker.call('session.current', {}, null)).toMatchObject({ ok: true, value: { demo: true, operator: null } });
      expect(await worker.call('identity.search', { query: 'x' }, null)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
      expect(await worker.call(42, null, null)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const login = (await worker.call('session.login', { username: 'accueil', password: 'accueil' }, null)) as { ok: boolean; value: { token: string } };
      expect(login.ok).toBe(true);
      expect(await worker.call('identity.search', { query: 'a' }, login.value.token)).toMatchObject({ ok: true });
    } finally {
      await worker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
