// Use case: the referent's decision on a candidate pair other than a merge. « Personnes distinctes »:
// the pair is closed and never proposed again; « Homonymes »: the homonyme attribute is set on both
// identities (through the attribute use case, with the reason) and the pair is closed. One transaction.
import { AppError } from '../../../core/contract/reply.js';
import { decidePair } from '../../../db/duplicates/pairs.js';
import type { AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';
import { changeAttribute } from '../use-cases/attributes.js';
import { journalIdentity, loadIdentity, requireReason } from '../use-cases/common.js';
import { loadPair } from './pair-view.js';
import { refuseIfMerged } from './merged-guard.js';

export function decideDuplicatePair(
  ctx: AppContext,
  operator: SessionOperator,
  input: { pairId: number; decision: 'distinct' | 'homonyme'; reason: string },
): { pairId: number; status: 'distinct' | 'homonyme'; message: string } {
  const reason = requireReason(input.reason, 'de la décision');
  const pair = loadPair(ctx, input.pairId);
  if (pair.status !== 'open') throw new AppError('conflict', 'Cette paire a déjà été traitée : rechargez la liste.');
  const at = ctx.clock.now();
  return ctx.db.transaction(() => {
    decidePair(ctx.db, pair.id, { status: input.decision, at, operator: operator.username, reason });
    const a = loadIdentity(ctx, pair.aId);
    const b = loadIdentity(ctx, pair.bId);
    for (const [self, other] of [[a, b], [b, a]] as const) {
      refuseIfMerged(ctx, self.id);
      if (input.decision === 'distinct') {
        journalIdentity(ctx, operator, at, 'identity.duplicate_distinct', self.id, [], reason, { pairId: pair.id, otherId: other.id, otherIpp: other.ipp });
      } else if (!self.attributes.includes('homonyme')) {
        changeAttribute(ctx, operator, { id: self.id, version: self.version, attribute: 'homonyme', value: true, reason });
      }
    }
    const message =
      input.decision === 'distinct'
        ? `IPP ${a.ipp} et IPP ${b.ipp} : personnes distinctes. Cette paire ne sera plus proposée.`
        : `IPP ${a.ipp} et IPP ${b.ipp} marquées « homonyme ».`;
    return { pairId: pair.id, status: input.decision, message };
  })();
}
