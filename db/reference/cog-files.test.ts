import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsVersion, COG_FILES, parseCsv, resolveAssetsDir } from './cog-files.js';

describe('parseCsv', () => {
  const expected = [{ COG: '99100', LIBCOG: 'France', DATE_FIN: '' }, { COG: '99109', LIBCOG: 'Allemagne', DATE_FIN: '1949-05-23' }];
  it.each([
    ['LF', '"COG","LIBCOG","DATE_FIN"\n"99100","France",""\n"99109","Allemagne","1949-05-23"\n'],
    ['CRLF', '"COG","LIBCOG","DATE_FIN"\r\n"99100","France",""\r\n"99109","Allemagne","1949-05-23"\r\n'],
    ['BOM + CRLF', '\uFEFF"COG","LIBCOG","DATE_FIN"\r\n"99100","France",""\r\n"99109","Allemagne","1949-05-23"'],
    ['unquoted', 'COG,LIBCOG,DATE_FIN\n99100,France,\n99109,Allemagne,1949-05-23\n'],
  ])('reads %s files alike', (_name, text) => {
    expect(parseCsv(Buffer.from(text, 'utf8'))).toEqual(expected);
  });

  it('refuses a row with a missing field', () => {
    expect(() => parseCsv('"A","B"\n"1"\n')).toThrow();
  });
});

describe('resolveAssetsDir', () => {
  it('finds assets/cog of the checkout without configuration', () => {
    expect(resolveAssetsDir({}).replaceAll('\\', '/')).toMatch(/\/assets\/cog$/);
  });

  it('uses IDV_ASSETS_DIR when set, and says so when it lacks the files', () => {
    const root = mkdtempSync(join(tmpdir(), 'idv-assets-'));
    expect(() => resolveAssetsDir({ IDV_ASSETS_DIR: root })).toThrow(/IDV_ASSETS_DIR/);
    mkdirSync(join(root, 'cog'));
    writeFileSync(join(root, 'cog', COG_FILES.communes), '');
    expect(resolveAssetsDir({ IDV_ASSETS_DIR: root })).toBe(join(root, 'cog'));
  });
});

describe('assetsVersion', () => {
  it('changes with any byte of any file and not with the insertion order', () => {
    const a = new Map([['x.csv', Buffer.from('1')], ['y.csv', Buffer.from('2')]]);
    const b = new Map([['y.csv', Buffer.from('2')], ['x.csv', Buffer.from('1')]]);
    const c = new Map([['x.csv', Buffer.from('1')], ['y.csv', Buffer.from('3')]]);
    expect(assetsVersion(a)).toBe(assetsVersion(b));
    expect(assetsVersion(a)).not.toBe(assetsVersion(c));
    expect(assetsVersion(a)).toMatch(/^cog-[0-9a-f]{16}$/);
  });
});
