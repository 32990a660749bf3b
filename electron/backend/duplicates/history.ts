// History of an identity as the fiche shows it: its own journal entries, plus, for a survivor, those of
// every record merged into it (still in force), labelled with their former IPP — a merge keeps the full
// history of both records.
import { journalForIdentity, type JournalEntryView } from '../../../db/journal/index.js';
import { absorbedBy } from '../../../db/merge/read.js';
import type { AppContext } from '../context.js';

export function historyWithAbsorbed(ctx: AppContext, identityId: number): JournalEntryView[] {
  const entries = [...journalForIdentity(ctx.db, identityId)];
  const seen = new Set([identityId]);
  const queue = absorbedBy(ctx.db, identityId);
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (seen.has(next.id)) continue;
    seen.add(next.id);
    for (const e of journalForIdentity(ctx.db, next.id)) entries.push({ ...e, label: `IPP ${next.ipp} — ${e.label}` });
    queue.push(...absorbedBy(ctx.db, next.id));
  }
  return entries.sort((a, b) => a.seq - b.seq);
}
