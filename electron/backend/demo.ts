// Demo mode: on a fresh demo database, creates the two documented demo operators (referent/referent,
// accueil/accueil — refused in a production database) and seeds a few hundred synthetic identities.
import { createOperator, needsBootstrap } from '../../db/auth/index.js';
import { appendJournal } from '../../db/journal/index.js';
import type { AppContext } from './context.js';

export const DEMO_OPERATORS = [
  { username: 'referent', displayName: 'Référente démo', role: 'referent', password: 'referent' },
  { username: 'accueil', displayName: 'Agent d’accueil démo', role: 'agent', password: 'accueil' },
] as const;

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
}
