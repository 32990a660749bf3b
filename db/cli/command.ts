// Shape of one CLI command and what it receives: parsed options, the database file, the streams.
// A command lives in db/cli/commands/<name>.ts and is listed once in db/cli/registry.ts.
import type { ParseArgsConfig } from 'node:util';
import type { Db } from '../connection.js';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface CommandContext {
  options: OptionValues;
  positionals: string[];
  /** Value of --db, or the app's data file. */
  dbFile: string;
  io: CliIo;
  /** Opens (creating and migrating if needed) the database; closed by the frame after run(). */
  openDb(): Db;
}

export interface CliCommand {
  name: string;
  /** One French line for the general help. */
  summary: string;
  /** French usage line(s), without the program name: `search "<requête>" [--json] [--limit N]`. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: { min: number; max: number };
  run(ctx: CommandContext): number | Promise<number>;
}

/** Wrong use of the command line: exit code 2 with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A positive integer option, or the default; UsageError otherwise. */
export function intOption(options: OptionValues, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = options[name];
  if (raw === undefined) return fallback;
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new UsageError(`--${name} attend un entier entre 1 et ${max} (reçu : « ${String(raw)} »).`);
  }
  return n;
}
