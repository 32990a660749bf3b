// Handlers of the referent-only channels: operator accounts (the journal's live in journal.ts).
import { createOperator, listOperators } from '../../../db/auth/index.js';
import { appendJournal } from '../../../db/journal/index.js';
import type { AppContext } from '../context.js';
import { requireOperator, type Handler } from '../dispatch.js';

export const adminHandlers: {
  'operators.list': Handler<'operators.list', AppContext>;
  'operators.create': Handler<'operators.create', AppContext>;
} = {
  'operators.list': ({ app }) => listOperators(app.db).map(({ username, displayName, role, active }) => ({ username, displayName, role, active })),
  'operators.create': ({ app, operator }, input) =>
    app.db.transaction(() => {
      const created = createOperator(app.db, { ...input, username: input.username }, app.clock.now());
      appendJournal(app.db, {
        at: app.clock.now(),
        operator: requireOperator(operator).username,
        workstation: app.workstation,
        action: 'operator.create',
        entity: 'operator',
        entityId: null,
        reason: null,
        changes: [
          { field: 'username', before: null, after: created.username },
          { field: 'role', before: null, after: created.role },
        ],
      });
      return created;
    })(),
};
