// The CLI commands, one module each. To add one: create db/cli/commands/<name>.ts exporting a
// CliCommand, then add it to this list.
import type { CliCommand } from './command.js';
import { benchCommand } from './commands/bench.js';
import { duplicatesBenchCommand } from './commands/duplicates-bench.js';
import { duplicatesCommand } from './commands/duplicates.js';
import { importCommand } from './commands/import.js';
import { indicatorsCommand } from './commands/indicators.js';
import { journalExportCommand } from './commands/journal-export.js';
import { journalVerifyCommand } from './commands/journal-verify.js';
import { operatorAddCommand } from './commands/operator-add.js';
import { searchCommand } from './commands/search.js';
import { seedCommand } from './commands/seed.js';
import { verifyCommand } from './commands/verify.js';
import { verifyBenchCommand } from './commands/verify-bench.js';

export const COMMANDS: readonly CliCommand[] = [
  searchCommand,
  seedCommand,
  benchCommand,
  importCommand,
  journalVerifyCommand,
  journalExportCommand,
  indicatorsCommand,
  operatorAddCommand,
  duplicatesCommand,
  duplicatesBenchCommand,
  verifyCommand,
  verifyBenchCommand,
];
