import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COG_FILES, resolveAssetsDir } from './cog-files.js';

const dir = resolveAssetsDir({});
const licence = readFileSync(join(dir, 'LICENCE.md'), 'utf8');
const listed = new Map([...licence.matchAll(/^\| `([^`]+\.csv)` \| (\d+) \| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1] ?? '', { bytes: Number(m[2]), sha: m[3] }]));

describe('assets/cog', () => {
  it('credits INSEE under the Licence Ouverte 2.0', () => {
    expect(licence).toContain('Source : Insee, Code officiel géographique au 1er janvier 2026');
    expect(licence).toContain('Licence Ouverte / Open Licence version 2.0');
  });

  it('lists every CSV file of the folder, and every file the loader reads', () => {
    const csv = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
    expect([...listed.keys()].sort()).toEqual(csv);
    for (const file of Object.values(COG_FILES)) expect(listed.has(file)).toBe(true);
  });

  it.each([...listed.entries()])('%s matches its SHA-256 and size in LICENCE.md', (file, { bytes, sha }) => {
    const content = readFileSync(join(dir, file));
    expect(content.length).toBe(bytes);
    expect(createHash('sha256').update(content).digest('hex')).toBe(sha);
  });
});
