// Test helpers of the search: an in-memory database at the current schema and a terse identity insert.
// Imported by *.test.ts only.
import { openDatabase, type Db } from '../connection.js';

export interface TestIdentity {
  ipp: string;
  birthName: string;
  birthFirstNames: string;
  firstBirthName?: string;
  sex?: 'M' | 'F' | 'I';
  birthDate: string;
  birthplaceCog?: string;
  usedName?: string | null;
  usedFirstName?: string | null;
  status?: 'provisoire' | 'recuperee' | 'validee' | 'qualifiee';
}

export const memoryDb = (): Db => openDatabase(':memory:');

export function addIdentity(db: Db, t: TestIdentity): number {
  return Number(
    db
      .prepare(
        `INSERT INTO identities (ipp, birth_name, birth_first_names, first_birth_name, sex, birth_date, birthplace_cog,
           used_name, used_first_name, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
      )
      .run(
        t.ipp, t.birthName, t.birthFirstNames, t.firstBirthName ?? t.birthFirstNames.split(' ')[0], t.sex ?? 'M',
        t.birthDate, t.birthplaceCog ?? '75112', t.usedName ?? null, t.usedFirstName ?? null, t.status ?? 'provisoire',
      ).lastInsertRowid,
  );
}

export function addIns(db: Db, identityId: number, matricule: string, opts: { active?: boolean; invalidated?: boolean } = {}): void {
  db.prepare(
    `INSERT INTO ins (identity_id, matricule, oid, source, obtained_at, invalidated_at, active)
     VALUES (?, ?, '1.2.250.1.213.1.4.8', 'insi', '2025-01-01T00:00:00.000Z', ?, ?)`,
  ).run(identityId, matricule, opts.invalidated ? '2025-02-01T00:00:00.000Z' : null, opts.active === false ? 0 : 1);
}
