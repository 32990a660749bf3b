// The Electron app runs the esbuild bundles, which cannot be launched here without the Electron binary;
// the backend worker bundle is plain Node, so this builds the bundles and runs that worker for real.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSETS_DIR } from './test-backend.js';
import { startBackendWorker } from './worker-client.js';

describe('Electron bundles', () => {
  it('build, and the bundled backend worker answers in plain Node', { timeout: 120_000 }, async () => {
    execFileSync('node', ['scripts/build-electron.mjs'], { stdio: 'pipe' });
    for (const f of ['main.cjs', 'preload.cjs', 'backend-worker.cjs']) expect(existsSync(path.join('dist/electron', f))).toBe(true);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'idv-bundle-'));
    const worker = await startBackendWorker(path.resolve('dist/electron/backend-worker.cjs'), {
      dbFile: path.join(dir, 'b.sqlite'),
      demo: false,
      assetsDir: ASSETS_DIR,
      sqliteBinding: null,
    });
    try {
      expect(await worker.call('session.current', {}, null)).toMatchObject({ ok: true, value: { needsBootstrap: true, demo: false } });
    } finally {
      await worker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
