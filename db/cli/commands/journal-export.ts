// `journal-export [--journal journal|access] [--from J] [--to J] [--operator X] [--ipp X] [--action A]
// [--format csv|jsonl] [--out fichier]`: the journal for an audit, hashes included (db/journal/export.ts),
// to a file or the standard output. The export is itself journaled (system.journal_export).
import { closeSync, openSync, writeSync } from 'node:fs';
import os from 'node:os';
import { periodProblem } from '../../../core/indicators/periods.js';
import { appendJournal } from '../../journal/index.js';
import { exportJournal } from '../../journal/export.js';
import type { JournalFilters } from '../../journal/query.js';
import { UsageError, type CliCommand } from '../command.js';

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

export const journalExportCommand: CliCommand = {
  name: 'journal-export',
  summary: "Exporte le journal (ou le journal des accès) pour un audit, empreintes comprises",
  usage: 'journal-export [--journal journal|access] [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] [--operator X] [--ipp X] [--action A] [--format csv|jsonl] [--out fichier]',
  options: {
    journal: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    operator: { type: 'string' },
    ipp: { type: 'string' },
    action: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  run({ options, io, openDb }) {
    const journal = options.journal ?? 'journal';
    if (journal !== 'journal' && journal !== 'access') throw new UsageError('--journal attend journal ou access.');
    const format = options.format ?? 'csv';
    if (format !== 'csv' && format !== 'jsonl') throw new UsageError('--format attend csv ou jsonl.');
    const f: JournalFilters = { journal, from: str(options.from), to: str(options.to), operator: str(options.operator), ipp: str(options.ipp), action: str(options.action) };
    for (const d of [f.from, f.to]) if (d !== undefined && periodProblem(d, d, 'month')) throw new UsageError(`Date invalide : « ${d} » (AAAA-MM-JJ).`);
    if (f.from && f.to && f.from > f.to) throw new UsageError('--from doit précéder --to.');
    const db = openDb();
    // A file is written synchronously in 1 MB blocks: memory stays flat however large the journal.
    const fd = typeof options.out === 'string' ? openSync(options.out, 'w') : null;
    let pending: string[] = [];
    let pendingSize = 0;
    const flush = () => {
      if (fd === null) io.stdout.write(pending.join(''));
      else writeSync(fd, pending.join(''));
      pending = [];
      pendingSize = 0;
    };
    // A read transaction: the export is one consistent snapshot even if the desk appends meanwhile.
    let summary;
    try {
      summary = db.transaction(() =>
        exportJournal(db, f, format, (chunk) => {
          pending.push(chunk);
          pendingSize += chunk.length;
          if (pendingSize >= 1 << 20) flush();
        }),
      )();
      flush();
    } finally {
      if (fd !== null) closeSync(fd);
    }
    db.transaction(() =>
      appendJournal(db, {
        at: new Date().toISOString(),
        operator: `cli:${io.env.USER ?? 'inconnu'}`,
        workstation: os.hostname(),
        action: 'system.journal_export',
        entity: 'system',
        entityId: null,
        reason: null,
        changes: [],
        data: { journal, format, filters: f, ...summary, file: str(options.out) ?? null },
      }),
    )();
    const where = typeof options.out === 'string' ? ` dans ${options.out}` : '';
    io.stderr.write(`${summary.entries.toLocaleString('fr-FR')} entrées exportées${where} (n° ${summary.firstSeq ?? '–'} à ${summary.lastSeq ?? '–'}).\n`);
    return 0;
  },
};
