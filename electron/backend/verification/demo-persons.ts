// Demo mode: the simulator is told about the demo database's synthetic INSi+ identities (the seed's, and the
// synthetic NIA of demo-due.ts: INS rows whose endpoint is DEMO_SYNTHETIC_ENDPOINT) through its loopback
// POST /admin/persons, so that their periodic re-verification is confirmed like a real person's would be.
import type { Db } from '../../../db/connection.js';
import { oidKind } from '../../../core/identity/nir.js';

/** The endpoint the seed (db/seed) records on its synthetic INS. */
export const DEMO_SYNTHETIC_ENDPOINT = 'synthetique';
const LIMIT = 20_000;

interface Row {
  birthName: string;
  firstNames: string;
  sex: 'M' | 'F';
  birthDate: string;
  birthplaceCog: string;
  matricule: string;
  oid: string;
}

export function demoPersons(db: Db): object[] {
  const rows = db
    .prepare(
      `SELECT i.birth_name AS birthName, i.birth_first_names AS firstNames, i.sex, i.birth_date AS birthDate, i.birthplace_cog AS birthplaceCog,
              s.matricule, s.oid
       FROM ins s JOIN identities i ON i.id = s.identity_id
       WHERE s.active = 1 AND s.endpoint = ? AND i.status IN ('recuperee', 'qualifiee') AND i.sex IN ('M', 'F')
       LIMIT ?`,
    )
    .all(DEMO_SYNTHETIC_ENDPOINT, LIMIT) as Row[];
  return rows.map((r) => ({
    birthName: r.birthName,
    firstNames: r.firstNames,
    sex: r.sex,
    birthDate: r.birthDate,
    birthplaceCog: r.birthplaceCog,
    ins: { num: r.matricule.slice(0, 13), key: r.matricule.slice(13), oid: oidKind(r.oid) === 'NIA' ? 'NIA' : 'NIR' },
  }));
}

/** Loads them into the simulator; a failure leaves the demo usable (those persons are then « not found »). */
export async function registerDemoPersons(db: Db, adminUrl: string): Promise<void> {
  if (!db.open) return;
  const persons = demoPersons(db);
  if (persons.length === 0) return;
  try {
    const res = await fetch(`${adminUrl}/persons`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ persons }) });
    if (!res.ok) console.error(`demo: simulateur INSi, personnes non chargées (HTTP ${res.status}) : ${await res.text()}`);
  } catch (e) {
    console.error('demo: simulateur INSi, personnes non chargées', e);
  }
}
