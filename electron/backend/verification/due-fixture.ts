// Plants identities due for re-verification that the INSi simulator knows (benchmark `verify-bench`, crash test):
// distinct synthetic persons, récupérées with a NIR-like INS accepted 5 years before `now`, written with the
// repositories in one transaction, and the matching persons for the simulator's POST /admin/persons.
import { INS_OIDS, nirKey } from '../../../core/identity/nir.js';
import type { Db } from '../../../db/connection.js';
import { insertIdentity } from '../../../db/repos/identities.js';
import { setActiveIns } from '../../../db/repos/ins.js';
import type { PersonInput } from '../../../insi-mock/extra-persons.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A distinct upper-case name per index (BENCH + base-26 letters). */
const nameOf = (i: number) => {
  let s = '';
  let n = i;
  do {
    s = LETTERS[n % 26] + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `VERIF${s}`;
};

export function plantDuePersons(db: Db, count: number, now: string, ippPrefix = 'V'): PersonInput[] {
  const verifiedAt = new Date(Date.parse(now) - 5 * 365.25 * 86_400_000).toISOString();
  const persons: PersonInput[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const sex = i % 2 === 0 ? 'F' : 'M';
      const year = 1940 + (i % 60);
      const month = 1 + (Math.floor(i / 60) % 12);
      const order = Math.floor(i / 720) % 1000;
      const birthDate = `${year}-${String(month).padStart(2, '0')}-15`;
      const num = `${sex === 'M' ? 1 : 2}${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}63220${String(order).padStart(3, '0')}`;
      const key = String(nirKey(num)).padStart(2, '0');
      const p: PersonInput = { birthName: nameOf(i), firstNames: 'CAMILLE', sex, birthDate, birthplaceCog: '63220', ins: { num, key, oid: 'NIR' } };
      const id = insertIdentity(db, {
        ipp: `${ippPrefix}${String(i).padStart(8, '0')}`,
        birthName: p.birthName,
        birthFirstNames: p.firstNames,
        firstBirthName: 'CAMILLE',
        sex,
        birthDate,
        birthplaceCog: '63220',
        birthplaceFromInsi: false,
        traitsSource: 'insi',
        insiVerifiedAt: verifiedAt,
        status: 'recuperee',
        createdAt: verifiedAt,
      });
      setActiveIns(db, { identityId: id, matricule: num + key, oid: INS_OIDS.NIR, source: 'insi', endpoint: 'banc-de-mesure', obtainedAt: verifiedAt });
      persons.push(p);
    }
  })();
  return persons;
}
