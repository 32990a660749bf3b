// `duplicates-bench --planted <fichier.json> [--json]`: runs the bulk scan and measures it against the
// pairs planted by `seed --plant-duplicates`: scan time, recall (planted pairs found) and precision
// (found duplicate pairs that were planted). INS collisions are counted apart: they are real findings in
// the seed (two records given one matricule), not duplicate guesses.
import { readFileSync } from 'node:fs';
import { findCreationCandidates } from '../../duplicates/creation-candidates.js';
import { openPairsReport } from '../../duplicates/pairs.js';
import { getIdentityByIpp } from '../../repos/identities.js';
import type { Db } from '../../connection.js';
import { UsageError, type CliCommand } from '../command.js';
import { runScanWithProgress } from './duplicates.js';

interface Planted {
  pairs: [string, string][];
  kinds?: string[][];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The creation check on up to 200 planted duplicates: their traits typed as a new patient, is the original
 * among the candidates shown (the duplicate itself, already stored, is one of them), and how long it takes.
 */
function creationCheck(db: Db, pairs: readonly [string, string][]): { checked: number; recall: number; p50Ms: number; maxMs: number } {
  const times: number[] = [];
  let hits = 0;
  for (const [original, duplicate] of pairs.slice(0, 200)) {
    const typed = getIdentityByIpp(db, duplicate);
    const existing = getIdentityByIpp(db, original);
    if (!typed || !existing) continue;
    const started = performance.now();
    const found = findCreationCandidates(
      db,
      { ...typed, insMatricule: null, homonym: false },
      6,
    );
    times.push(performance.now() - started);
    if (found.some((c) => c.id === existing.id)) hits++;
  }
  times.sort((a, b) => a - b);
  const ms = (x: number | undefined) => Math.round((x ?? 0) * 10) / 10;
  return { checked: times.length, recall: Math.round((hits / Math.max(1, times.length)) * 1000) / 1000, p50Ms: ms(times[Math.floor(times.length / 2)]), maxMs: ms(times.at(-1)) };
}

export const duplicatesBenchCommand: CliCommand = {
  name: 'duplicates-bench',
  summary: 'Mesure la recherche des doublons (durée, rappel, précision) sur des doublons plantés',
  usage: 'duplicates-bench --planted <fichier.json> [--json]',
  options: { planted: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  run({ options, io, openDb }) {
    if (typeof options.planted !== 'string') throw new UsageError('--planted <fichier.json> est obligatoire.');
    let planted: Planted;
    try {
      planted = JSON.parse(readFileSync(options.planted, 'utf8')) as Planted;
    } catch (e) {
      throw new UsageError(`Fichier de doublons plantés illisible : ${options.planted} (${(e as Error).message}).`);
    }
    if (!Array.isArray(planted.pairs)) throw new UsageError('Le fichier ne contient pas {"pairs":[…]}.');
    const db = openDb();
    const result = runScanWithProgress(db, io);
    const open = openPairsReport(db);
    const duplicates = open.filter((p) => p.kind === 'duplicate');
    const found = new Set(open.map((p) => pairKey(p.aIpp, p.bIpp)));
    const truth = new Set(planted.pairs.map(([a, b]) => pairKey(a, b)));
    const hits = planted.pairs.filter(([a, b]) => found.has(pairKey(a, b))).length;
    const truePairs = duplicates.filter((p) => truth.has(pairKey(p.aIpp, p.bIpp))).length;
    const missedByKind: Record<string, number> = {};
    planted.pairs.forEach(([a, b], i) => {
      if (found.has(pairKey(a, b))) return;
      const kind = (planted.kinds?.[i] ?? ['?']).join('+');
      missedByKind[kind] = (missedByKind[kind] ?? 0) + 1;
    });
    const figures = {
      scanMs: result.tookMs,
      scanned: result.scanned,
      pairs: duplicates.length,
      collisions: open.length - duplicates.length,
      planted: planted.pairs.length,
      recall: Math.round((hits / Math.max(1, planted.pairs.length)) * 10_000) / 10_000,
      precision: Math.round((truePairs / Math.max(1, duplicates.length)) * 10_000) / 10_000,
      missedByKind,
      creationCheck: creationCheck(db, planted.pairs),
    };
    if (options.json) {
      io.stdout.write(`${JSON.stringify(figures)}\n`);
      return 0;
    }
    const pct = (x: number) => `${(x * 100).toFixed(1).replace('.', ',')} %`;
    io.stdout.write(
      `Recherche des doublons sur ${figures.scanned.toLocaleString('fr-FR')} identités en ${(figures.scanMs / 1000).toFixed(1).replace('.', ',')} s\n` +
        `Doublons plantés retrouvés (rappel) : ${pct(figures.recall)} (${hits}/${figures.planted})\n` +
        `Paires proposées qui sont des doublons plantés (précision) : ${pct(figures.precision)} (${truePairs}/${figures.pairs})\n` +
        `Collisions d’INS (même matricule sur deux dossiers) : ${figures.collisions}\n` +
        (Object.keys(missedByKind).length > 0 ? `Manqués par type d’erreur : ${JSON.stringify(missedByKind)}\n` : '') +
        `Vérification à la création (${figures.creationCheck.checked} doublons plantés saisis) : original proposé ${pct(figures.creationCheck.recall)}, ` +
        `médiane ${String(figures.creationCheck.p50Ms).replace('.', ',')} ms, maximum ${String(figures.creationCheck.maxMs).replace('.', ',')} ms\n`,
    );
    return 0;
  },
};
