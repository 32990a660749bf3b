// loadCogReference: builds the in-memory CogReference (core/cog) from the reference tables, once at startup.
import type Database from 'better-sqlite3';
import { buildCogReference } from '../../core/cog/build.js';
import type { CogEvent, CogLabel, CogPlace, CogReference } from '../../core/cog/model.js';
import { installedCogVersion } from './cog-install.js';

export function loadCogReference(db: Database.Database): CogReference {
  const version = installedCogVersion(db);
  if (version === null) throw new Error('Référentiel COG non installé : appelez installCogReference au démarrage');
  const places = db
    .prepare(
      `SELECT code, kind, name, name_key AS nameKey, valid_from AS validFrom, valid_to AS validTo, context
       FROM ref_cog_place ORDER BY code, valid_from`,
    )
    .all() as CogPlace[];
  const events = db
    .prepare(
      `SELECT mod, date, before_type AS beforeType, before_code AS beforeCode, before_name AS beforeName,
              after_type AS afterType, after_code AS afterCode, after_name AS afterName
       FROM ref_cog_event ORDER BY id`,
    )
    .all() as CogEvent[];
  const labels = db.prepare('SELECT category, code, name, target FROM ref_cog_label').all() as CogLabel[];
  return buildCogReference({ version, places, events, labels });
}
