// Where the COG assets live and how they are read: the file list, the assets directory (dev checkout or packaged
// app), the assets version (a hash of the files) and a CSV reader tolerant of LF/CRLF and a UTF-8 BOM.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { CsvRecord } from '../../core/cog/parse.js';

/** The INSEE files the reference is built from (all in assets/cog, checked against LICENCE.md by a test). */
export const COG_FILES = {
  communes: 'v_commune_depuis_1943.csv',
  events: 'v_mvt_commune_2026.csv',
  outremer: 'v_commune_outremer_depuis_1943.csv',
  countries: 'v_pays_et_territoire_depuis_1943.csv',
  departements: 'v_departement_2026.csv',
  territories: 'v_tom_depuis_1943.csv',
  collectivities: 'v_comer_2026.csv',
  extensions: 'v_codes_extension_2026.csv',
} as const;

export type CogFileKey = keyof typeof COG_FILES;

const MARKER = join('assets', 'cog', COG_FILES.communes);

/**
 * The assets/cog directory. `IDV_ASSETS_DIR` (the packaged app sets it to its resources' assets folder, which holds
 * `cog/`) wins; otherwise the repository root is found by walking up from this module, then from the working directory.
 */
export function resolveAssetsDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.IDV_ASSETS_DIR;
  if (fromEnv) {
    const dir = join(resolve(fromEnv), 'cog');
    if (!existsSync(join(dir, COG_FILES.communes))) throw new Error(`IDV_ASSETS_DIR=${fromEnv} ne contient pas cog/${COG_FILES.communes}`);
    return dir;
  }
  const starts = [moduleDir(), process.cwd()].filter((d): d is string => d !== null);
  for (const start of starts) {
    for (let dir = start, i = 0; i < 8; dir = dirname(dir), i++) {
      if (existsSync(join(dir, MARKER))) return join(dir, 'assets', 'cog');
    }
  }
  throw new Error(`Référentiel COG introuvable (assets/cog) : définissez IDV_ASSETS_DIR`);
}

function moduleDir(): string | null {
  // A CommonJS bundle has no import.meta.url; the working-directory fallback then applies.
  try {
    return import.meta.url ? dirname(fileURLToPath(import.meta.url)) : null;
  } catch {
    return null;
  }
}

export function readCogFile(assetsDir: string, key: CogFileKey): Buffer {
  return readFileSync(join(assetsDir, COG_FILES[key]));
}

/** Header-keyed records; LF or CRLF, optional BOM, every field quoted or not. */
export function parseCsv(content: Buffer | string): CsvRecord[] {
  return parse(content, { columns: true, bom: true, skip_empty_lines: true }) as CsvRecord[];
}

/** Version of a set of asset files: « cog- » + the first 16 hex of a SHA-256 over their names and contents. */
export function assetsVersion(files: ReadonlyMap<string, Buffer>): string {
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) {
    hash.update(name).update('\0').update(files.get(name) ?? Buffer.alloc(0)).update('\0');
  }
  return `cog-${hash.digest('hex').slice(0, 16)}`;
}
