// `import <file.csv> [--dry-run] [--json] [--operator NOM]`: brings a lab's existing patient base in.
// Every row is validated with the RNIV rules; valid rows are written in batches (one transaction each,
// journaled, resumable). With --json, prints exactly {"rows":[…],"summary":{…}}.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { ImportFileError } from '../../import/csv-records.js';
import { runImport } from '../../import/run-import.js';
import { startImportValidation } from '../../import/validated-rows.js';
import { installCogReference } from '../../reference/cog-install.js';
import { loadCogReference } from '../../reference/cog-load.js';
import { resolveAssetsDir } from '../../reference/cog-files.js';
import { UsageError, type CliCommand } from '../command.js';

const localToday = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const importCommand: CliCommand = {
  name: 'import',
  summary: "Importe une base patients existante (CSV) en appliquant les règles RNIV",
  usage: 'import <fichier.csv> [--dry-run] [--json] [--operator NOM]',
  options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, operator: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run({ options, positionals, io, openDb }) {
    const file = positionals[0]!;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`Fichier illisible : ${file}`);
    }
    const operator = typeof options.operator === 'string' ? options.operator : `import:${io.env.USER ?? 'cli'}`;
    const dryRun = options['dry-run'] === true;
    const today = localToday(new Date());
    const bar = !options.json && io.stderr.isTTY && !dryRun
      ? new cliProgress.SingleBar({ format: 'Import {bar} {percentage}% | {value}/{total} lignes | reste {eta_formatted}', stream: io.stderr }, cliProgress.Presets.shades_classic)
      : null;
    // A large file is read and validated in a worker thread, started now: it reads the file while the
    // base opens and the COG reference loads, then validates while the rows are written (a dry run
    // writes nothing: this thread validates part of the file meanwhile).
    const fileName = path.basename(file);
    const validation = startImportValidation(text, { today, dryRun, fileName, inWorker: true });
    let outcome;
    try {
      const db = openDb();
      installCogReference(db, resolveAssetsDir(io.env));
      outcome = runImport(db, text, {
        dryRun,
        fileName,
        cog: loadCogReference(db),
        now: () => new Date().toISOString(),
        today,
        operator,
        workstation: os.hostname(),
        // The text report prints only the rows with an error or a warning.
        keepRows: options.json ? 'all' : 'issues',
        validation,
        onProgress: (done, total) => {
          if (bar && done === total) bar.update(done);
          else if (bar) bar.getTotal() === total ? bar.update(done) : bar.start(total, done);
        },
      });
    } catch (error) {
      if (error instanceof ImportFileError) throw new UsageError(error.message);
      throw error;
    } finally {
      bar?.stop();
      validation.close();
    }
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ rows: outcome.rows, summary: outcome.summary })}\n`);
      return 0;
    }
    for (const row of outcome.rows) {
      for (const issue of row.errors) io.stdout.write(`ligne ${row.row} : REJET ${issue.field} — ${issue.message}\n`);
      for (const issue of row.warnings) io.stdout.write(`ligne ${row.row} : avertissement ${issue.field} — ${issue.message}\n`);
    }
    const { total, ok, rejected } = outcome.summary;
    if (outcome.alreadyImported) io.stdout.write('Ce fichier a déjà été importé entièrement : rien à faire.\n');
    io.stdout.write(
      dryRun
        ? `Contrôle sans écriture : ${total} lignes, ${ok} valides, ${rejected} rejetées.\n`
        : `${total} lignes, ${outcome.written} identités importées${outcome.resumedFrom > 0 ? ` (reprise à la ligne ${outcome.resumedFrom + 2})` : ''}, ${rejected} rejetées.\n`,
    );
    return 0;
  },
};
