// Demo mode: on a fresh demo database, creates the two documented demo operators (referent/referent,
// accueil/accueil — refused in a production database), seeds a few hundred synthetic identities, and adds
// the INSi demo identities (local variants of the simulator's test persons), each with its journal entries, and the
// identities due for the periodic INSi re-verification (verification/demo-due.ts).
import { createOperator, needsBootstrap } from '../../db/auth/index.js';
import { appendJournal } from '../../db/journal/index.js';
import { getActiveIns } from '../../db/repos/ins.js';
import { setAttribute } from '../../db/repos/attributes.js';
import { getIdentity } from '../../db/repos/identities.js';
import type { Db } from '../../db/connection.js';
import { scanDuplicates } from '../../db/duplicates/scan.js';
import { seedIdentities } from '../../db/seed/index.js';
import { plantDuplicates } from '../../db/seed/plant-duplicates.js';
import type { AppContext } from './context.js';
import { insertDemoIdentity } from './demo-identity.js';
import { DEMO_INSI_IDENTITIES } from './insi-flow/demo-identities.js';
import { seedDemoReverification } from './verification/demo-due.js';

export const DEMO_OPERATORS = [
  { username: 'referent', displayName: 'Référente démo', role: 'referent', password: 'referent' },
  { username: 'accueil', displayName: 'Agent d’accueil démo', role: 'agent', password: 'accueil' },
] as const;

export const DEMO_IDENTITIES = 300;
export const DEMO_PLANTED_DUPLICATES = 8;

// Low scrypt cost for the demo accounts only: their passwords are public anyway.
const DEMO_SCRYPT = { ln: 10, r: 8, p: 1 };

export function prepareDemo(ctx: AppContext): void {
  if (!needsBootstrap(ctx.db)) return;
  const at = ctx.clock.now();
  ctx.db.transaction(() => {
    for (const op of DEMO_OPERATORS) createOperator(ctx.db, { ...op, demo: true }, at, DEMO_SCRYPT);
    appendJournal(ctx.db, {
      at,
      operator: 'system',
      workstation: ctx.workstation,
      action: 'system.init',
      entity: 'system',
      entityId: null,
      reason: 'Base de démonstration',
      changes: DEMO_OPERATORS.map((op) => ({ field: 'operator', before: null, after: op.username })),
    });
  })();
  const journal = (db: Db, id: number) => {
    const identity = getIdentity(db, id)!;
    appendJournal(db, {
      at,
      operator: 'seed',
      workstation: ctx.workstation,
      action: 'identity.create',
      entity: 'identity',
      entityId: id,
      reason: 'Données de démonstration',
      changes: [
        ...CREATED_FIELDS.map((field) => ({ field, before: null, after: identity[field] })),
        { field: 'insMatricule', before: null, after: getActiveIns(db, id)?.matricule ?? null },
      ],
    });
  };
  seedIdentities(ctx.db, { count: DEMO_IDENTITIES, seed: 'demo', now: new Date(at), journal });
  // A few realistic duplicates of seeded identities, found by a first scan, for the referent's « Doublons » tab.
  plantDuplicates(ctx.db, { count: DEMO_PLANTED_DUPLICATES, seed: 'demo', now: new Date(at), journal });
  seedInsiDemoIdentities(ctx, at);
  seedDemoReverification(ctx, at);
  scanDuplicates(ctx.db, { at, operator: 'system', workstation: ctx.workstation });
}

const CREATED_FIELDS = ['ipp', 'birthName', 'birthFirstNames', 'firstBirthName', 'sex', 'birthDate', 'birthplaceCog', 'usedName', 'usedFirstName', 'status'] as const;

/** The INSi scenarios of the demo (insi-flow/demo-identities.ts), provisoire, journaled like the others. */
function seedInsiDemoIdentities(ctx: AppContext, at: string): void {
  ctx.db.transaction(() => {
    for (const d of DEMO_INSI_IDENTITIES) {
      const id = insertDemoIdentity(ctx.db, {
        birthName: d.birthName,
        birthFirstNames: d.birthFirstNames,
        sex: d.sex,
        birthDate: d.birthDate,
        birthplaceCog: d.birthplaceCog,
        usedName: d.usedName ?? null,
        usedFirstName: d.usedFirstName ?? null,
        status: 'provisoire',
        createdAt: at,
      });
      const identity = getIdentity(ctx.db, id)!;
      const base = { at, operator: 'seed', workstation: ctx.workstation, entity: 'identity' as const, entityId: id };
      appendJournal(ctx.db, {
        ...base,
        action: 'identity.create',
        reason: `Données de démonstration INSi : ${d.scenario}`,
        changes: CREATED_FIELDS.map((field) => ({ field, before: null, after: identity[field] })),
      });
      if (d.attribute) {
        setAttribute(ctx.db, { identityId: id, attribute: d.attribute.attribute, reason: d.attribute.reason, at, operator: 'seed' });
        appendJournal(ctx.db, {
          ...base,
          action: 'identity.attribute_set',
          reason: d.attribute.reason,
          changes: [{ field: 'attribute', before: null, after: d.attribute.attribute }],
          data: { attribute: d.attribute.attribute },
        });
      }
    }
  })();
}
