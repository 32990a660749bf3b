// `duplicates [--json]`: runs the bulk duplicate scan (stores the pairs, journals the scan) and prints the
// open pairs — exactly {"pairs":[{"a","b","score","reasons"}]} with --json, a French table otherwise —
// with a progress bar on a terminal.
import { hostname } from 'node:os';
import cliProgress from 'cli-progress';
import { duplicateReasonLabel } from '../../../core/duplicates/reasons.js';
import { openPairsReport, type OpenPairReport } from '../../duplicates/pairs.js';
import { scanDuplicates, type ScanResult } from '../../duplicates/scan.js';
import type { Db } from '../../connection.js';
import type { CliCommand, CliIo } from '../command.js';

/** Operator recorded on pairs found from the command line. */
export const CLI_SCAN_OPERATOR = 'cli';

export function runScanWithProgress(db: Db, io: CliIo): ScanResult {
  const bar = io.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: 'Recherche des doublons {bar} {percentage}% | reste {eta_formatted}', stream: io.stderr },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(1, 0);
  try {
    return scanDuplicates(db, {
      at: new Date().toISOString(),
      operator: CLI_SCAN_OPERATOR,
      workstation: hostname(),
      onProgress: (done, total) => {
        bar?.setTotal(total);
        bar?.update(done);
      },
    });
  } finally {
    bar?.stop();
  }
}

const fr = (n: number) => n.toLocaleString('fr-FR');

function table(pairs: readonly OpenPairReport[]): string {
  const header = ['IPP A', 'IPP B', 'Type', 'Score', 'Motifs'];
  const lines = pairs.map((p) => [
    p.aIpp,
    p.bIpp,
    p.kind === 'collision' ? 'Collision (même INS)' : 'Doublon potentiel',
    p.score.toFixed(2).replace('.', ','),
    p.reasons.map(duplicateReasonLabel).join(', '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}

export const duplicatesCommand: CliCommand = {
  name: 'duplicates',
  summary: 'Recherche les doublons potentiels et les collisions d’INS dans toute la base',
  usage: 'duplicates [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  run({ options, io, openDb }) {
    const db = openDb();
    const result = runScanWithProgress(db, io);
    const pairs = openPairsReport(db);
    if (options.json) {
      const out = pairs.map((p) => ({ a: p.aIpp, b: p.bIpp, score: p.score, reasons: p.reasons }));
      io.stdout.write(`${JSON.stringify({ pairs: out })}\n`);
      return 0;
    }
    const summary =
      `${fr(result.scanned)} identités examinées en ${(result.tookMs / 1000).toFixed(1).replace('.', ',')} s : ` +
      `${fr(pairs.length)} paire(s) à examiner, dont ${fr(pairs.filter((p) => p.kind === 'collision').length)} collision(s) d’INS ` +
      `(${fr(result.newPairs)} nouvelle(s)).`;
    io.stdout.write(pairs.length === 0 ? `${summary}\n` : `${table(pairs)}\n\n${summary}\n`);
    return 0;
  },
};
