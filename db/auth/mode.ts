// Database mode, fixed once: 'demo' (demonstration data and accounts, its own file) or 'production'.
// An unset mode reads as production, the safe side: demo accounts are refused there.
import { AppError } from '../../core/contract/reply.js';
import type { Db } from '../connection.js';
import { getMeta, setMeta } from '../repos/meta.js';

export type DatabaseMode = 'demo' | 'production';

export function getDatabaseMode(db: Db): DatabaseMode {
  return getMeta(db, 'mode') === 'demo' ? 'demo' : 'production';
}

export function isDatabaseModeSet(db: Db): boolean {
  return getMeta(db, 'mode') !== null;
}

/** Sets the mode of a new database; changing it afterwards is refused (demo data must never mix with real data). */
export function setDatabaseMode(db: Db, mode: DatabaseMode): void {
  const current = getMeta(db, 'mode');
  if (current === mode) return;
  if (current !== null) {
    throw new AppError(
      'forbidden',
      current === 'production'
        ? 'Cette base est une base de production : elle ne peut pas passer en mode démonstration. Utilisez un fichier de démonstration distinct.'
        : 'Cette base est une base de démonstration : elle ne peut pas devenir une base de production. Créez une nouvelle base.',
    );
  }
  setMeta(db, 'mode', mode);
}
