// Applies pending migrations in one transaction and records the schema number in PRAGMA user_version.
// Refuses a database written by a newer version of the software (never downgrade a schema).
import { AppError } from '../../core/contract/reply.js';
import type { Db } from '../connection.js';
import { MIGRATIONS } from './index.js';
import type { Migration } from './types.js';

export const LATEST_VERSION: number = MIGRATIONS.length;

export function currentVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkRegistry(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Registre de migrations invalide : « ${m.name} » porte le n° ${m.version}, attendu ${i + 1}.`);
    }
  });
}

function fromFutureError(found: number, known: number): AppError {
  return new AppError(
    'unavailable',
    `Cette base de données a été écrite par une version plus récente du logiciel (schéma n° ${found} ; ` +
      `cette version connaît jusqu'au n° ${known}). Mettez le logiciel à jour avant de l'ouvrir ; ` +
      `la base n'a pas été modifiée.`,
  );
}

/** Migrates up to `target` (tests use it to stop at an older schema). Returns the versions applied. */
export function migrateTo(db: Db, target: number, migrations: readonly Migration[] = MIGRATIONS): number[] {
  checkRegistry(migrations);
  if (!Number.isInteger(target) || target < 0 || target > migrations.length) {
    throw new Error(`Version de schéma cible inconnue : ${target}.`);
  }
  const from = currentVersion(db);
  if (from > migrations.length) throw fromFutureError(from, migrations.length);
  if (from > target) throw new Error(`La base est au schéma n° ${from}, au-delà de la cible n° ${target}.`);
  const pending = migrations.slice(from, target);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      // user_version lives in the file header and rolls back with the transaction.
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return pending.map((m) => m.version);
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  return migrateTo(db, migrations.length, migrations);
}

/** For read-only handles: the schema must be exactly the one this code knows. */
export function assertCurrentVersion(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const v = currentVersion(db);
  if (v > migrations.length) throw fromFutureError(v, migrations.length);
  if (v < migrations.length) {
    throw new AppError(
      'unavailable',
      `Cette base de données est au schéma n° ${v} et doit être mise à jour (n° ${migrations.length}) : ` +
        `ouvrez-la une fois en écriture.`,
    );
  }
}
