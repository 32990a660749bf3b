// `journal-verify [--json]`: checks the hash chains of the journal and of the access journal and
// names the first broken link, if any. Exit code 1 when a chain is broken.
import { verifyAccessJournal, verifyJournal } from '../../journal/index.js';
import type { CliCommand } from '../command.js';

export const journalVerifyCommand: CliCommand = {
  name: 'journal-verify',
  summary: "Vérifie l'intégrité (chaînage) du journal et du journal des accès",
  usage: 'journal-verify [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  run({ options, io, openDb }) {
    const db = openDb();
    const journal = verifyJournal(db);
    const access = verifyAccessJournal(db);
    if (options.json) io.stdout.write(`${JSON.stringify({ journal, access })}\n`);
    else io.stdout.write(`Journal : ${journal.message}\nJournal des accès : ${access.message}\n`);
    return journal.ok && access.ok ? 0 : 1;
  },
};
