// `verify-bench [--count N] [--json]`: throughput of the re-verification batch against the INSi simulator without
// injected latency. Builds a throwaway demo database with N due identities the simulator is told about
// (POST /admin/persons; the simulator runs in a child process as in the demo), runs the batch at the highest rate, and prints identities/s (target ≥ 200/s), plus the
// time of the due-list count. Not a test: a measure to report.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setDatabaseMode } from '../../auth/index.js';
import { closeDatabase, openDatabase } from '../../connection.js';
import { countDue, freezeDueList, getRun, insertRun } from '../../verification/index.js';
import { startInsiMock } from '../../../insi-mock/server.js';
import { mockCommand, startMockProcess } from '../../../electron/backend/insi-flow/mock-process.js';
import { plantDuePersons } from '../../../electron/backend/verification/due-fixture.js';
import { openHeadlessContext } from '../../../electron/backend/verification/headless.js';
import { activeRunner, startVerification } from '../../../electron/backend/verification/service.js';
import { runView } from '../../../electron/backend/verification/status-view.js';
import { intOption, type CliCommand } from '../command.js';

export const verifyBenchCommand: CliCommand = {
  name: 'verify-bench',
  summary: 'Mesure le débit de la vérification INSi par lot contre le simulateur (identités par seconde)',
  usage: 'verify-bench [--count N] [--workers N] [--json] | verify-bench --due-list <base.sqlite>',
  options: { count: { type: 'string' }, workers: { type: 'string' }, json: { type: 'boolean' }, 'due-list': { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ options, io }) {
    if (typeof options['due-list'] === 'string') return dueListBench(options['due-list'], options.json === true, io.stdout);
    const count = intOption(options, 'count', 2000, 200_000);
    const workers = intOption(options, 'workers', 4, 64);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'idv-verify-bench-'));
    const dbFile = path.join(dir, 'bench.sqlite');
    // The simulator in its own process, as in the demo: its CPU does not count against the runner's.
    const cmd = mockCommand();
    const mock = 'inProcessReason' in cmd ? await startInsiMock({ port: 0 }) : await startMockProcess(cmd);
    const db = openDatabase(dbFile);
    try {
      setDatabaseMode(db, 'demo');
      const now = new Date().toISOString();
      const persons = plantDuePersons(db, count, now);
      const res = await fetch(`${mock.adminUrl}/persons`, { method: 'POST', body: JSON.stringify({ persons }) });
      if (!res.ok) throw new Error(`simulateur : ${await res.text()}`);
      const t0 = performance.now();
      const due = countDue(db, now);
      const countMs = performance.now() - t0;
      const env = { ...io.env, IDV_INSI_ENDPOINT: mock.url, IDV_INSI_ENVIRONMENT: 'banc de mesure (simulateur INSi)', IDV_INSI_IDAM: 'IDV-BENCH', IDV_INSI_SOFTWARE_NAME: 'urn:lps:idv-desk', IDV_INSI_SOFTWARE_VERSION: '0.1.0' };
      const headless = await openHeadlessContext(db, dbFile, env);
      try {
        const start = performance.now();
        const run = startVerification(headless.ctx, { username: 'cli:bench', displayName: 'Banc de mesure', role: 'referent' }, { ratePerSecond: 1000, workers });
        await activeRunner(headless.ctx)?.finished;
        await new Promise((resolve) => setImmediate(resolve));
        const seconds = (performance.now() - start) / 1000;
        const v = runView(headless.ctx, getRun(db, run.id)!);
        const perSecond = Math.round(v.done / seconds);
        const report = { count, due: due.total, dueCountMs: Math.round(countMs * 10) / 10, confirmed: v.confirmed, failed: v.failed, retried: v.retried, seconds: Math.round(seconds * 100) / 100, identitiesPerSecond: perSecond, workers };
        if (options.json) io.stdout.write(`${JSON.stringify(report)}\n`);
        else {
          io.stdout.write(
            `${v.done} identités vérifiées en ${report.seconds} s : ${perSecond} identités/s (${workers} en parallèle, limite 1000 appels/s)\n` +
              `confirmées ${v.confirmed}, échecs ${v.failed}, à relancer ${v.retried} ; comptage de la liste due : ${report.dueCountMs} ms\n`,
          );
        }
        return v.confirmed === count ? 0 : 1;
      } finally {
        await headless.close();
      }
    } finally {
      closeDatabase(db);
      await ('close' in mock ? mock.close() : mock.stop());
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** Times the due-list count and its freeze into a run's items on an existing base; the freeze is rolled back. */
function dueListBench(file: string, json: boolean, out: NodeJS.WritableStream): number {
  const db = openDatabase(file);
  try {
    const now = new Date().toISOString();
    const size = db.prepare('SELECT count(*) FROM identities').pluck().get() as number;
    const t0 = performance.now();
    const due = countDue(db, now);
    const countMs = performance.now() - t0;
    let frozen = 0;
    const t1 = performance.now();
    try {
      db.transaction(() => {
        const run = insertRun(db, { at: now, by: 'cli:bench', workstation: 'bench', ratePerSecond: 20, runner: 'bench' });
        frozen = freezeDueList(db, run, now);
        throw new Error('rollback');
      })();
    } catch (e) {
      if ((e as Error).message !== 'rollback') throw e;
    }
    const freezeMs = performance.now() - t1;
    const report = { identities: size, due: due.total, fourYears: due.fourYears, nia: due.nia, countMs: Math.round(countMs), frozen, freezeMs: Math.round(freezeMs) };
    out.write(json ? `${JSON.stringify(report)}\n` : `${size} identités : ${due.total} à revérifier (4 ans ${due.fourYears}, NIA ${due.nia}) comptées en ${report.countMs} ms ; liste figée (${frozen} éléments) en ${report.freezeMs} ms (annulé).\n`);
    return 0;
  } finally {
    closeDatabase(db);
  }
}
