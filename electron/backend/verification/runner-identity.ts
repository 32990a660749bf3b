// Who runs a verification run: `host:pid:random` per runner object. A run whose runner is gone (process killed,
// machine restarted) is recognised so that the next start takes it over: no runner, a heartbeat older than
// STALE_AFTER_MS, a dead process on this host, or a runner of this very process that no longer lives.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { VerificationRun } from '../../../db/verification/index.js';

export const STALE_AFTER_MS = 30_000;

const live = new Set<string>();

export function newRunnerId(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export function markLive(id: string, alive: boolean): void {
  if (alive) live.add(id);
  else live.delete(id);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The run's runner can no longer be working on it. */
export function runnerGone(run: Pick<VerificationRun, 'runner' | 'heartbeatAt'>, nowMs: number): boolean {
  if (!run.runner) return true;
  if (live.has(run.runner)) return false;
  const [host, pid] = run.runner.split(':');
  if (host === os.hostname() && Number(pid) === process.pid) return true;
  if (host === os.hostname() && !pidAlive(Number(pid))) return true;
  return run.heartbeatAt === null || nowMs - Date.parse(run.heartbeatAt) > STALE_AFTER_MS;
}

/** The workstation name part of a runner id, for messages. */
export const runnerHost = (runner: string | null): string => runner?.split(':')[0] ?? 'un autre poste';
