// Demo data of the periodic re-verification (demo databases only): a few identities récupérées whose INS was
// accepted more than 4 years ago — ADRDEUX LAURENT (INSi confirms), HERMANN GATIEN with a first name INSi does not
// have (verification fails: review with a comparison to accept), VIRTUELLE DONATELLO with another birth date (INSi
// finds no one: review, keep local) — and a NIA identity opened at the desk (queued by that event). With the seeded
// synthetic identities the simulator is told about (demo-persons.ts), a referent sees a due list with mixed outcomes.
import { INS_OIDS, nirKey } from '../../../core/identity/nir.js';
import { appendJournal } from '../../../db/journal/index.js';
import { getIdentity } from '../../../db/repos/identities.js';
import { setActiveIns } from '../../../db/repos/ins.js';
import { requestVerification } from '../../../db/verification/index.js';
import type { AppContext } from '../context.js';
import { insertDemoIdentity } from '../demo-identity.js';
import { DEMO_SYNTHETIC_ENDPOINT } from './demo-persons.js';

interface DemoDue {
  birthName: string;
  birthFirstNames: string;
  sex: 'M' | 'F';
  birthDate: string;
  birthplaceCog: string;
  /** 13 characters; the key is the one INSi has (HERMANN's is not mod 97, as in the CNDA file). */
  matricule: string;
  key?: string;
  oid: string;
  /** Years since the acceptance. */
  yearsAgo: number;
  /** Registered with the simulator (a synthetic person) rather than one of its test identities. */
  synthetic: boolean;
  niaEvent?: boolean;
  scenario: string;
}

const DEMO_DUE: readonly DemoDue[] = [
  { birthName: 'ADRDEUX', birthFirstNames: 'LAURENT', sex: 'M', birthDate: '1981-01-01', birthplaceCog: '63220', matricule: '1810163220751', key: '40', oid: INS_OIDS.NIR, yearsAgo: 5, synthetic: false, scenario: 'Revérification après 4 ans : INSi confirme' },
  { birthName: 'HERMANN', birthFirstNames: 'GATIEN LOUIS', sex: 'M', birthDate: '1981-03-24', birthplaceCog: '63220', matricule: '1810363220456', key: '60', oid: INS_OIDS.NIR, yearsAgo: 6, synthetic: false, scenario: 'Revérification après 4 ans : INSi ne connaît que GATIEN (échec, file de revue avec comparaison)' },
  { birthName: 'VIRTUELLE', birthFirstNames: 'DONATELLO', sex: 'M', birthDate: '2008-11-24', birthplaceCog: '63220', matricule: '1081163220516', oid: INS_OIDS.NIR, yearsAgo: 5, synthetic: false, scenario: 'Revérification après 4 ans : INSi ne trouve personne à cette date (échec, file de revue)' },
  { birthName: 'OUEDRAOGO', birthFirstNames: 'AMINATA', sex: 'F', birthDate: '1990-04-12', birthplaceCog: '99331', matricule: '2900499331123', oid: INS_OIDS.NIA, yearsAgo: 1, synthetic: true, niaEvent: true, scenario: 'Matricule NIA : revérifié à chaque nouvel événement (ouverture de la fiche)' },
];

export function seedDemoReverification(ctx: AppContext, at: string): void {
  ctx.db.transaction(() => {
    for (const d of DEMO_DUE) {
      const acceptedAt = new Date(Date.parse(at) - d.yearsAgo * 365.25 * 86_400_000).toISOString();
      const id = insertDemoIdentity(ctx.db, {
        birthName: d.birthName,
        birthFirstNames: d.birthFirstNames,
        sex: d.sex,
        birthDate: d.birthDate,
        birthplaceCog: d.birthplaceCog,
        traitsSource: 'insi',
        insiVerifiedAt: acceptedAt,
        status: 'recuperee',
        createdAt: acceptedAt,
      });
      const matricule = d.matricule + (d.key ?? String(nirKey(d.matricule)).padStart(2, '0'));
      setActiveIns(ctx.db, { identityId: id, matricule, oid: d.oid, source: 'insi', endpoint: d.synthetic ? DEMO_SYNTHETIC_ENDPOINT : 'démonstration', historyJson: '[]', obtainedAt: acceptedAt });
      const identity = getIdentity(ctx.db, id)!;
      const base = { operator: 'seed', workstation: ctx.workstation, entity: 'identity' as const, entityId: id, reason: `Données de démonstration (revérification) : ${d.scenario}` };
      appendJournal(ctx.db, {
        ...base,
        at: acceptedAt,
        action: 'identity.create',
        changes: (['ipp', 'birthName', 'birthFirstNames', 'sex', 'birthDate', 'birthplaceCog'] as const).map((field) => ({ field, before: null, after: identity[field] })),
      });
      appendJournal(ctx.db, {
        ...base,
        at: acceptedAt,
        action: 'identity.insi_accept',
        changes: [
          { field: 'insiVerifiedAt', before: null, after: acceptedAt },
          { field: 'insMatricule', before: null, after: matricule },
          { field: 'status', before: 'provisoire', after: 'recuperee' },
        ],
      });
      if (d.niaEvent) requestVerification(ctx.db, { identityId: id, reason: 'ouverture', at, by: 'accueil' });
    }
  })();
}
