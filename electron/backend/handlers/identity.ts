// Handlers of the `identity.*` channels: thin adapters from validated inputs to use cases and views.
// Opening a record writes the access journal (and queues a NIA identity for re-verification, seed §3.2).
import { validateIdentityDraft } from '../../../core/identity/validate.js';
import { appendAccess } from '../../../db/journal/index.js';
import { searchIdentities } from '../../../db/search/index.js';
import { requireOperator, type Handler } from '../dispatch.js';
import type { AppContext } from '../context.js';
import { historyWithAbsorbed } from '../duplicates/history.js';
import { buildIdentityView } from '../identity-view.js';
import { changeAttribute } from '../use-cases/attributes.js';
import { loadIdentity, validationDeps } from '../use-cases/common.js';
import { recordDocumentCheck, withdrawCheck } from '../use-cases/document-check.js';
import { createIdentity } from '../use-cases/identity-create.js';
import { updateIdentityTraits } from '../use-cases/identity-update.js';
import { birthplaceLabel } from './reference.js';
import { noteIdentityEvent } from '../verification/nia-events.js';

export const identityHandlers: {
  'identity.search': Handler<'identity.search', AppContext>;
  'identity.get': Handler<'identity.get', AppContext>;
  'identity.check': Handler<'identity.check', AppContext>;
  'identity.create': Handler<'identity.create', AppContext>;
  'identity.update': Handler<'identity.update', AppContext>;
  'identity.recordDocumentCheck': Handler<'identity.recordDocumentCheck', AppContext>;
  'identity.withdrawDocumentCheck': Handler<'identity.withdrawDocumentCheck', AppContext>;
  'identity.setAttribute': Handler<'identity.setAttribute', AppContext>;
  'identity.history': Handler<'identity.history', AppContext>;
} = {
  'identity.search': ({ app }, input) => {
    const result = searchIdentities(app.db, input.query, input.limit === undefined ? {} : { limit: input.limit });
    return {
      ...result,
      rows: result.rows.map((row) => ({ ...row, birthplaceLabel: birthplaceLabel(app, row.birthplaceCog, row.birthDate) })),
    };
  },
  'identity.get': ({ app, operator }, { id }) => {
    const who = requireOperator(operator);
    const identity = loadIdentity(app, id);
    appendAccess(app.db, { at: app.clock.now(), operator: who.username, workstation: app.workstation, identityId: id, action: 'open' });
    noteIdentityEvent(app, identity, 'ouverture', who.username);
    return buildIdentityView(app, identity);
  },
  'identity.check': ({ app }, { draft }) => {
    const result = validateIdentityDraft(draft, validationDeps(app));
    return { normalized: result.normalized, errors: result.errors, warnings: result.warnings };
  },
  'identity.create': ({ app, operator }, { draft, duplicateCandidatesSeen }) =>
    buildIdentityView(app, createIdentity(app, requireOperator(operator), draft, duplicateCandidatesSeen ?? [])),
  // An identity absorbed by a merge is read-only: the use cases refuse it (loadWritableIdentity).
  'identity.update': ({ app, operator }, input) => buildIdentityView(app, updateIdentityTraits(app, requireOperator(operator), input)),
  'identity.recordDocumentCheck': ({ app, operator }, input) => buildIdentityView(app, recordDocumentCheck(app, requireOperator(operator), input)),
  'identity.withdrawDocumentCheck': ({ app, operator }, input) => buildIdentityView(app, withdrawCheck(app, requireOperator(operator), input)),
  'identity.setAttribute': ({ app, operator }, input) => buildIdentityView(app, changeAttribute(app, requireOperator(operator), input)),
  // A survivor's history includes the entries of the records merged into it.
  'identity.history': ({ app }, { id }) => {
    loadIdentity(app, id);
    return historyWithAbsorbed(app, id);
  },
};
