// Repository of the meta key/value table (database mode, creation date, IPP counter…) and the IPP
// allocator. SQL only; callers decide what the keys mean.
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';
import { ippExists } from './identities.js';

export function getMeta(db: Db, key: string): string | null {
  return stmt<[string], { value: string }>(db, 'SELECT value FROM meta WHERE key = ?').get(key)?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  stmt(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

export const formatIpp = (n: number): string => `P${String(n).padStart(7, '0')}`;

/**
 * Allocates the next free IPP (`P0000001`…). The counter moves in one atomic UPDATE, so two
 * connections never get the same number; numbers already taken (imported IPPs, aliases) are skipped.
 * Inside the caller's transaction, a rollback gives the number back. `isReserved`: numbers promised
 * elsewhere (the IPPs an import file carries on later rows) are skipped too.
 */
export function nextIpp(db: Db, isReserved: (ipp: string) => boolean = () => false): string {
  const bump = stmt<[], { n: number }>(
    db,
    `UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'next_ipp'
     RETURNING CAST(value AS INTEGER) - 1 AS n`,
  );
  for (;;) {
    const r = bump.get();
    if (!r) throw new Error("Compteur d'IPP absent de la table meta : la base n'est pas initialisée.");
    const ipp = formatIpp(r.n);
    if (!ippExists(db, ipp) && !isReserved(ipp)) return ipp;
  }
}
