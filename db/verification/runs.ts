// Repository of verification_runs: one batch of re-verifications, its state (running, paused, cancelled, done),
// its rate limit, the process that runs it (runner + heartbeat, so that a dead runner's run can be taken over)
// and its active time.
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';

export type RunState = 'running' | 'paused' | 'cancelled' | 'done';

interface Row {
  id: number;
  started_at: string;
  started_by: string;
  workstation: string;
  state: RunState;
  rate_per_second: number | null;
  due: number;
  updated_at: string;
  finished_at: string | null;
  runner: string | null;
  heartbeat_at: string | null;
  active_ms: number;
}

export interface VerificationRun {
  id: number;
  startedAt: string;
  startedBy: string;
  workstation: string;
  state: RunState;
  ratePerSecond: number | null;
  due: number;
  updatedAt: string;
  finishedAt: string | null;
  runner: string | null;
  heartbeatAt: string | null;
  activeMs: number;
}

const toDomain = (r: Row): VerificationRun => ({
  id: r.id,
  startedAt: r.started_at,
  startedBy: r.started_by,
  workstation: r.workstation,
  state: r.state,
  ratePerSecond: r.rate_per_second,
  due: r.due,
  updatedAt: r.updated_at,
  finishedAt: r.finished_at,
  runner: r.runner,
  heartbeatAt: r.heartbeat_at,
  activeMs: r.active_ms,
});

export function insertRun(db: Db, r: { at: string; by: string; workstation: string; ratePerSecond: number; runner: string }): number {
  return Number(
    stmt(
      db,
      `INSERT INTO verification_runs (started_at, started_by, workstation, state, rate_per_second, due, updated_at, runner, heartbeat_at)
       VALUES (?, ?, ?, 'running', ?, 0, ?, ?, ?)`,
    ).run(r.at, r.by, r.workstation, r.ratePerSecond, r.at, r.runner, r.at).lastInsertRowid,
  );
}

export function setRunDue(db: Db, id: number, due: number): void {
  stmt(db, 'UPDATE verification_runs SET due = ? WHERE id = ?').run(due, id);
}

export function getRun(db: Db, id: number): VerificationRun | null {
  const r = stmt<[number], Row>(db, 'SELECT * FROM verification_runs WHERE id = ?').get(id);
  return r ? toDomain(r) : null;
}

/** The run not finished yet (running or paused), if any: there is at most one. */
export function unfinishedRun(db: Db): VerificationRun | null {
  const r = stmt<[], Row>(db, "SELECT * FROM verification_runs WHERE state IN ('running', 'paused') ORDER BY id DESC LIMIT 1").get();
  return r ? toDomain(r) : null;
}

export function lastRuns(db: Db, limit: number): VerificationRun[] {
  return stmt<[number], Row>(db, 'SELECT * FROM verification_runs ORDER BY id DESC LIMIT ?').all(limit).map(toDomain);
}

/** Changes the state if it is one of `from`; false otherwise (another process or click got there first). */
export function changeRunState(db: Db, id: number, from: readonly RunState[], to: RunState, at: string): boolean {
  const finished = to === 'cancelled' || to === 'done' ? at : null;
  return (
    stmt(
      db,
      `UPDATE verification_runs SET state = ?, updated_at = ?, finished_at = coalesce(?, finished_at)
       WHERE id = ? AND state IN (SELECT value FROM json_each(?))`,
    ).run(to, at, finished, id, JSON.stringify(from)).changes === 1
  );
}

export function setRunRate(db: Db, id: number, ratePerSecond: number, at: string): void {
  stmt(db, 'UPDATE verification_runs SET rate_per_second = ?, updated_at = ? WHERE id = ?').run(ratePerSecond, at, id);
}

/** The runner takes the run over (start or resume). */
export function claimRun(db: Db, id: number, runner: string, at: string): void {
  stmt(db, 'UPDATE verification_runs SET runner = ?, heartbeat_at = ?, updated_at = ? WHERE id = ?').run(runner, at, at, id);
}

/** Sign of life of the runner, with the active time spent since the last one. */
export function heartbeat(db: Db, id: number, runner: string, at: string, activeMsDelta: number): void {
  stmt(db, 'UPDATE verification_runs SET heartbeat_at = ?, active_ms = active_ms + ? WHERE id = ? AND runner = ?').run(at, Math.max(0, Math.round(activeMsDelta)), id, runner);
}

export function releaseRun(db: Db, id: number, runner: string): void {
  stmt(db, 'UPDATE verification_runs SET runner = NULL WHERE id = ? AND runner = ?').run(id, runner);
}
