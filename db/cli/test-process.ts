// Test helper: runs `idv` as a real process (tsx on db/cli/index.ts) in a temporary data folder, and
// returns its exit code and output instead of throwing on a non-zero exit.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const entry = join(import.meta.dirname, 'index.ts');
const tsx = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliProcess {
  /** The temporary data folder (IDV_DATA_DIR), removed by `cleanup`. */
  dir: string;
  cli(args: string[]): Promise<CliOutcome>;
  cleanup(): void;
}

export function cliProcess(prefix: string, env: NodeJS.ProcessEnv = {}): CliProcess {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    async cli(args) {
      try {
        const { stdout, stderr } = await run(tsx, [entry, ...args], { env: { ...process.env, IDV_DATA_DIR: dir, NO_COLOR: '1', ...env } });
        return { code: 0, stdout, stderr };
      } catch (err) {
        const e = err as CliOutcome;
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
