// Handlers of the referent tab « Journal »: search (newest first, paged by seq), the action list for the
// filter, the hash-chain verification and the export for an audit. Verifying and exporting are journaled.
import { AppError } from '../../../core/contract/reply.js';
import { appendJournal, JOURNAL_ACTIONS, journalLabel, verifyAccessJournal, verifyJournal } from '../../../db/journal/index.js';
import { exportJournal, type ExportFormat } from '../../../db/journal/export.js';
import { ACCESS_LABELS, searchJournal, type JournalFilters } from '../../../db/journal/query.js';
import type { AppContext } from '../context.js';
import { requireOperator, type Handler } from '../dispatch.js';
import type { SessionOperator } from '../sessions.js';

/** An export through the interface stays below this size; larger ones go through `idv journal-export`. */
export const EXPORT_MAX_CHARS = 32 * 1024 * 1024;

class TooLarge extends Error {}

function journalSystem(app: AppContext, operator: SessionOperator, action: 'system.journal_verify' | 'system.journal_export', data: unknown) {
  appendJournal(app.db, {
    at: app.clock.now(),
    operator: operator.username,
    workstation: app.workstation,
    action,
    entity: 'system',
    entityId: null,
    reason: null,
    changes: [],
    data,
  });
}

const filtersOf = (input: JournalFilters): JournalFilters => ({
  journal: input.journal,
  ...(input.operator ? { operator: input.operator } : {}),
  ...(input.ipp ? { ipp: input.ipp } : {}),
  ...(input.action ? { action: input.action } : {}),
  ...(input.from ? { from: input.from } : {}),
  ...(input.to ? { to: input.to } : {}),
});

function checkPeriod(f: JournalFilters) {
  if (f.from && f.to && f.from > f.to) throw new AppError('validation', 'La date de début doit précéder la date de fin.');
}

export const journalHandlers: {
  'journal.search': Handler<'journal.search', AppContext>;
  'journal.actions': Handler<'journal.actions', AppContext>;
  'journal.verify': Handler<'journal.verify', AppContext>;
  'journal.export': Handler<'journal.export', AppContext>;
} = {
  'journal.search': ({ app }, input) => {
    const started = performance.now();
    const f = filtersOf(input);
    checkPeriod(f);
    const page = searchJournal(app.db, { ...f, before: input.before, limit: input.limit });
    return { ...page, tookMs: Math.round((performance.now() - started) * 10) / 10 };
  },
  'journal.actions': (_call, input) =>
    input.journal === 'journal'
      ? JOURNAL_ACTIONS.map((action) => ({ action, label: journalLabel(action) }))
      : Object.entries(ACCESS_LABELS).map(([action, label]) => ({ action, label })),
  'journal.verify': ({ app, operator }, input) => {
    const which = input.journal ?? 'journal';
    const result = which === 'journal' ? verifyJournal(app.db) : verifyAccessJournal(app.db);
    app.db.transaction(() =>
      journalSystem(app, requireOperator(operator), 'system.journal_verify', { journal: which, ok: result.ok, entries: result.entries, firstBrokenSeq: result.firstBrokenSeq }),
    )();
    return result;
  },
  'journal.export': ({ app, operator }, input) => {
    const f = filtersOf(input);
    checkPeriod(f);
    const format: ExportFormat = input.format;
    const chunks: string[] = [];
    let size = 0;
    let summary;
    try {
      summary = exportJournal(app.db, f, format, (chunk) => {
        size += chunk.length;
        if (size > EXPORT_MAX_CHARS) throw new TooLarge();
        chunks.push(chunk);
      });
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      throw new AppError(
        'validation',
        `Export trop volumineux pour l'interface (plus de ${EXPORT_MAX_CHARS / 1024 / 1024} Mo) : réduisez la période ou les filtres, ou utilisez la commande « npm run idv -- journal-export ».`,
      );
    }
    app.db.transaction(() =>
      journalSystem(app, requireOperator(operator), 'system.journal_export', { journal: f.journal, format, filters: f, ...summary }),
    )();
    const stamp = app.clock.today();
    return {
      fileName: `${f.journal === 'journal' ? 'journal' : 'journal-acces'}-${stamp}.${format === 'csv' ? 'csv' : 'jsonl'}`,
      mimeType: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/x-ndjson;charset=utf-8',
      content: chunks.join(''),
      entries: summary.entries,
    };
  },
};
