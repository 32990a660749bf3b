// Handlers of the `duplicates.*` and `merges.*` channels (referent only, enforced by the dispatcher):
// thin adapters to the duplicate scan (db/duplicates), the review queue views and the merge use cases.
import { appendAccess } from '../../../db/journal/index.js';
import { countOpenPairs, listOpenPairs } from '../../../db/duplicates/pairs.js';
import { scanDuplicates } from '../../../db/duplicates/scan.js';
import { countMerges, listMerges } from '../../../db/merge/index.js';
import { aliasesOf } from '../../../db/repos/ipp-aliases.js';
import type { AppContext } from '../context.js';
import { requireOperator, type Handler } from '../dispatch.js';
import { decideDuplicatePair } from '../duplicates/decide.js';
import { mergePair, undoMergeCase } from '../duplicates/merge.js';
import { loadPair, pairFields, pairSummary } from '../duplicates/pair-view.js';
import { buildIdentityView } from '../identity-view.js';
import { loadIdentity } from '../use-cases/common.js';

export const duplicatesHandlers: {
  'duplicates.scan': Handler<'duplicates.scan', AppContext>;
  'duplicates.list': Handler<'duplicates.list', AppContext>;
  'duplicates.get': Handler<'duplicates.get', AppContext>;
  'duplicates.decide': Handler<'duplicates.decide', AppContext>;
  'duplicates.merge': Handler<'duplicates.merge', AppContext>;
  'merges.list': Handler<'merges.list', AppContext>;
  'merges.undo': Handler<'merges.undo', AppContext>;
} = {
  'duplicates.scan': ({ app, operator }) => {
    const who = requireOperator(operator);
    const r = scanDuplicates(app.db, { at: app.clock.now(), operator: who.username, workstation: app.workstation });
    return { scanned: r.scanned, candidates: r.candidates, newPairs: r.newPairs, collisions: r.collisions, tookMs: r.tookMs };
  },
  'duplicates.list': ({ app }, page) => {
    const counts = countOpenPairs(app.db);
    return {
      pairs: listOpenPairs(app.db, page).map((p) => pairSummary(app, p)),
      openDuplicates: counts.duplicates,
      openCollisions: counts.collisions,
    };
  },
  'duplicates.get': ({ app, operator }, { pairId }) => {
    const who = requireOperator(operator);
    const pair = loadPair(app, pairId);
    const a = loadIdentity(app, pair.aId);
    const b = loadIdentity(app, pair.bId);
    const views = { a: buildIdentityView(app, a), b: buildIdentityView(app, b) };
    for (const id of [a.id, b.id]) appendAccess(app.db, { at: app.clock.now(), operator: who.username, workstation: app.workstation, identityId: id, action: 'open' });
    const { a: _a, b: _b, ...summary } = pairSummary(app, pair);
    return {
      pair: { ...summary, status: pair.status },
      a: { ...views.a, ippAliases: aliasesOf(app.db, a.id) },
      b: { ...views.b, ippAliases: aliasesOf(app.db, b.id) },
      fields: pairFields(app, a, b, views),
    };
  },
  'duplicates.decide': ({ app, operator }, input) => decideDuplicatePair(app, requireOperator(operator), input),
  'duplicates.merge': ({ app, operator }, input) => {
    const done = mergePair(app, requireOperator(operator), input);
    return { mergeId: done.mergeId, survivor: buildIdentityView(app, done.survivor), message: done.message };
  },
  'merges.list': ({ app }, page) => ({ merges: listMerges(app.db, page), total: countMerges(app.db) }),
  'merges.undo': ({ app, operator }, input) => undoMergeCase(app, requireOperator(operator), input),
};
