// The CLI frame: picks the command, parses its options with node:util parseArgs (plus --db and
// --help everywhere), opens the database on demand and turns errors into French messages and exit
// codes: 0 ok, 1 failure, 2 usage error. Never prints a stack trace.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../core/contract/reply.js';
import { closeDatabase, openDatabase, type Db } from '../connection.js';
import { UsageError, type CliCommand, type CliIo } from './command.js';
import { defaultDataFile } from './data-file.js';
import { COMMANDS } from './registry.js';

export const PROGRAM = 'idv';

const COMMON_OPTIONS = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function generalHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `Usage : ${PROGRAM} <commande> [options] [--db <fichier>]`,
    '',
    'Commandes :',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `--db <fichier>  base de données (par défaut : $IDV_DATA_DIR/idv.sqlite, sinon ~/.local/share/idv-desk/idv.sqlite)`,
    `${PROGRAM} <commande> --help  aide d'une commande`,
  ].join('\n');
}

const commandHelp = (c: CliCommand) => `Usage : ${PROGRAM} ${c.usage} [--db <fichier>]\n${c.summary}`;

/** parseArgs' English errors, said in French. */
function frenchParseError(err: unknown): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-{1,2}[^' ,]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Option inconnue : ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Valeur manquante ou invalide pour l'option ${option}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'Argument en trop';
  return `Arguments invalides (${message})`;
}

export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'aide' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(`${generalHelp(commands)}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`Commande inconnue : « ${name} ».\n\n${generalHelp(commands)}\n`);
    return 2;
  }
  let db: Db | null = null;
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...COMMON_OPTIONS, ...command.options },
        allowPositionals: true,
        strict: true,
      });
    } catch (err) {
      throw new UsageError(frenchParseError(err));
    }
    const options = parsed.values as Record<string, string | boolean | undefined>;
    if (options.help) {
      io.stdout.write(`${commandHelp(command)}\n`);
      return 0;
    }
    const { min, max } = command.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError(
        parsed.positionals.length < min ? 'Argument manquant.' : `Argument en trop : « ${parsed.positionals[max] ?? ''} ».`,
      );
    }
    const dbFile = typeof options.db === 'string' && options.db !== '' ? options.db : defaultDataFile(io.env);
    return await command.run({
      options,
      positionals: parsed.positionals,
      dbFile,
      io,
      openDb: () => {
        if (!db) {
          try {
            if (dbFile !== ':memory:') mkdirSync(dirname(dbFile), { recursive: true });
            db = openDatabase(dbFile);
          } catch (err) {
            // Our own errors (schema from the future…) are already French; SQLite's and the OS's are not.
            if (err instanceof AppError) throw err;
            const detail = err instanceof Error ? err.message : String(err);
            throw new Error(`impossible d'ouvrir la base « ${dbFile} » (${detail}).`);
          }
        }
        return db;
      },
    });
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`${err.message}\n${commandHelp(command)}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`Erreur : ${message}\n`);
    return 1;
  } finally {
    if (db) closeDatabase(db);
  }
}
