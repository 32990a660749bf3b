// The CLI commands, one module each. To add one: create db/cli/commands/<name>.ts exporting a
// CliCommand, then add it to this list.
import type { CliCommand } from './command.js';
import { benchCommand } from './commands/bench.js';
import { importCommand } from './commands/import.js';
import { journalVerifyCommand } from './commands/journal-verify.js';
import { operatorAddCommand } from './commands/operator-add.js';
import { searchCommand } from './commands/search.js';
import { seedCommand } from './commands/seed.js';

export const COMMANDS: readonly CliCommand[] = [
  searchCommand,
  seedCommand,
  benchCommand,
  importCommand,
  journalVerifyCommand,
  operatorAddCommand,
];
