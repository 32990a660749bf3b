// Electron smoke test (window opens, the bridge round-trips, Node stays out of the page). It needs the
// Electron binary, which cannot be downloaded on our build machines: it then skips, saying why.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
function electronBinary(): string | null {
  try {
    const binary = require('electron') as unknown as string;
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const reason = 'binaire Electron absent (installé avec ELECTRON_SKIP_BINARY_DOWNLOAD=1) : test de fumée Electron ignoré';
if (!binary) console.warn(`[electron-smoke] ${reason}`);

describe.skipIf(!binary)('Electron shell', () => {
  it('opens the window with the app page, exposes only bridge.call and no Node', { timeout: 300_000 }, async () => {
    const { _electron } = await import('@playwright/test');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
    execFileSync('node', ['scripts/build-electron.mjs'], { stdio: 'inherit' });
    const { electronNativeBinding } = (await import('../../scripts/electron-native.mjs' as string)) as { electronNativeBinding(): string };
    const app = await _electron.launch({
      executablePath: binary!,
      args: ['.', '--demo', `--user-data-dir=${mkdtempSync(path.join(os.tmpdir(), 'idv-electron-'))}`],
      env: { ...process.env, IDV_SQLITE_BINDING: electronNativeBinding() },
    });
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^app:\/\/desk\//);
    const exposed = await page.evaluate(() => ({
      bridge: Object.keys((window as unknown as { bridge: object }).bridge),
      node: typeof (window as unknown as { require?: unknown }).require,
    }));
    expect(exposed).toEqual({ bridge: ['call'], node: 'undefined' });
    const reply = await page.evaluate(() => (window as unknown as { bridge: { call(c: string, i: unknown, t: null): Promise<unknown> } }).bridge.call('session.current', {}, null));
    expect(reply).toMatchObject({ ok: true, value: { demo: true } });
    await app.close();
  });
});
