// Demo mode: on a fresh demo database, creates the two documented demo operators (referent/referent,
// accueil/accueil — refused in a production database) and seeds a few hundred synthetic identities,
// each with its creation journal entry.
import { createOperator, needsBootstrap } from '../../db/auth/index.js';
import { appendJournal } from '../../db/journal/index.js';
import { getIdentity } from '../../db/repos/identities.js';
import { seedIdentities } from '../../db/seed/index.js';
import type { AppContext } from './context.js';

export const DEMO_OPERATORS = [
  { username: 'referent', displayName: 'Référente démo', role: 'referent', password: 'referent' },
  { username: 'accueil', displayName: 'Agent d’accueil démo', role: 'agent', password: 'accueil' },
] as const;

export const DEMO_IDENTITIES = 300;

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
  seedIdentities(ctx.db, {
    count: DEMO_IDENTITIES,
    seed: 'demo',
    now: new Date(at),
    journal: (db, id) => {
      const identity = getIdentity(db, id)!;
      appendJournal(db, {
        at,
        operator: 'seed',
        workstation: ctx.workstation,
        action: 'identity.create',
        entity: 'identity',
        entityId: id,
        reason: 'Données de démonstration',
        changes: (['ipp', 'birthName', 'birthFirstNames', 'firstBirthName', 'sex', 'birthDate', 'birthplaceCog', 'usedName', 'usedFirstName', 'status'] as const).map(
          (field) => ({ field, before: null, after: identity[field] }),
        ),
      });
    },
  });
}
