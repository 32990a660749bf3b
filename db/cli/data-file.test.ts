import { describe, expect, it } from 'vitest';
import { dataDir, defaultDataFile } from './data-file.js';

describe('default data file', () => {
  it.each([
    [{ IDV_DATA_DIR: '/srv/idv' }, 'linux', '/srv/idv/idv.sqlite'],
    [{ XDG_DATA_HOME: '/x' }, 'linux', '/x/idv-desk/idv.sqlite'],
    [{ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32', 'C:/Users/a/AppData/Roaming/idv-desk/idv.sqlite'],
  ] as const)('%j on %s → %s', (env, platform, expected) => {
    expect(defaultDataFile(env as NodeJS.ProcessEnv, platform).replaceAll('\\', '/')).toBe(expected);
  });

  it('puts macOS data in Application Support', () => {
    expect(dataDir({}, 'darwin')).toMatch(/Library\/Application Support\/idv-desk$/);
  });
});
