// Packaging cannot run here (no Electron binary, no internet): this checks the configuration instead —
// installers for Windows and Linux, the native addon unpacked from the asar, the bundled entry points,
// and no install step that needs the network.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const builder = parse(readFileSync('electron-builder.yml', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('electron-builder.yml', () => {
  it('builds NSIS for Windows reception PCs and AppImage + deb for Linux', () => {
    expect(builder.win.target).toContain('nsis');
    expect(builder.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(builder.nsis.oneClick).toBe(false);
  });

  it('keeps better-sqlite3 outside the asar and does not rebuild natives at pack time', () => {
    expect(builder.asar).toBe(true);
    expect(builder.asarUnpack).toContain('**/*.node');
    expect(builder.npmRebuild).toBe(false);
    expect(builder.files).toContain('dist/**');
  });

  it('points at the bundled main process, and ships the COG reference with its credit', () => {
    expect(builder.extraMetadata.main).toBe(pkg.main);
    expect(builder.extraResources).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'assets', to: 'assets' })]));
    expect(builder.copyright).toMatch(/Insee/);
  });

  it('hardens the Electron fuses', () => {
    expect(builder.electronFuses).toMatchObject({ runAsNode: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true });
  });
});

describe('package.json', () => {
  it('has no install step that needs the network beyond the npm registry', () => {
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(pkg.scripts[name] ?? '').not.toMatch(/electron-rebuild|install-app-deps|playwright install/);
    }
  });

  it('keeps the commands the README documents', () => {
    for (const name of ['start', 'demo', 'web', 'idv', 'test', 'pack']) expect(pkg.scripts[name]).toBeTruthy();
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm test');
    expect(readme).toContain('npm run demo');
  });
});
