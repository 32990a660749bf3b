// Handlers of the `session.*` channels: login (journaled, failures too), first-run referent creation,
// logout and the current session. Passwords are checked with scrypt in db/auth.
import { AppError } from '../../../core/contract/reply.js';
import { ensureFirstReferent, needsBootstrap, verifyLogin } from '../../../db/auth/index.js';
import { appendJournal, type JournalAction } from '../../../db/journal/index.js';
import type { AppContext } from '../context.js';
import type { Handler } from '../dispatch.js';

function journalOperator(app: AppContext, action: JournalAction, username: string, reason: string | null = null): void {
  appendJournal(app.db, {
    at: app.clock.now(),
    operator: username,
    workstation: app.workstation,
    action,
    entity: 'operator',
    entityId: null,
    reason,
    changes: [],
  });
}

export const sessionHandlers: {
  'session.login': Handler<'session.login', AppContext>;
  'session.bootstrap': Handler<'session.bootstrap', AppContext>;
  'session.logout': Handler<'session.logout', AppContext>;
  'session.current': Handler<'session.current', AppContext>;
} = {
  'session.login': ({ app }, { username, password }) => {
    const operator = verifyLogin(app.db, username.trim().toLowerCase(), password);
    if (!operator) {
      journalOperator(app, 'operator.login_failed', username.trim().toLowerCase().slice(0, 64));
      throw new AppError('unauthenticated', 'Identifiant ou mot de passe incorrect.');
    }
    journalOperator(app, 'operator.login', operator.username);
    return { operator, token: app.sessions.open(operator), demo: app.demo };
  },
  'session.bootstrap': ({ app }, input) => {
    const operator = app.db.transaction(() => {
      const created = ensureFirstReferent(app.db, input, app.clock.now());
      journalOperator(app, 'operator.create', created.username, 'Premier référent de la base');
      return created;
    })();
    return { operator, token: app.sessions.open(operator), demo: app.demo };
  },
  'session.logout': ({ app, operator, token }) => {
    if (operator) journalOperator(app, 'operator.logout', operator.username);
    app.sessions.close(token);
    return {};
  },
  'session.current': ({ app, operator }) => ({
    operator,
    demo: app.demo,
    needsBootstrap: needsBootstrap(app.db),
    workstation: app.workstation,
  }),
};
