// `operator-add <identifiant> --name "Nom affiché" --role agent|referent`: creates a local operator
// account from the command line (administration without the interface). The password is read from
// standard input (first line) — never from the command line, where other users could see it.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { createOperator } from '../../auth/index.js';
import { appendJournal } from '../../journal/index.js';
import { UsageError, type CliCommand } from '../command.js';

const USERNAME = /^[a-z0-9._-]{2,32}$/;

export const operatorAddCommand: CliCommand = {
  name: 'operator-add',
  summary: 'Crée un compte opérateur (mot de passe lu sur l’entrée standard)',
  usage: 'operator-add <identifiant> --name "Nom affiché" --role agent|referent   (mot de passe sur l’entrée standard)',
  options: { name: { type: 'string' }, role: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run({ options, positionals, io, openDb }) {
    const username = positionals[0]!;
    if (!USERNAME.test(username)) throw new UsageError('Identifiant invalide : 2 à 32 caractères parmi a-z, 0-9, « . », « _ », « - ».');
    const displayName = typeof options.name === 'string' ? options.name.trim() : '';
    if (displayName === '' || displayName.length > 80) throw new UsageError('--name est obligatoire (80 caractères au plus).');
    const role = options.role;
    if (role !== 'agent' && role !== 'referent') throw new UsageError('--role attend « agent » ou « referent ».');
    let password = '';
    try {
      password = readFileSync(0, 'utf8').split(/\r?\n/, 1)[0] ?? '';
    } catch {
      password = '';
    }
    if (password.length < 8) throw new UsageError('Mot de passe absent ou trop court (8 caractères au moins), attendu sur l’entrée standard.');
    const db = openDb();
    const at = new Date().toISOString();
    db.transaction(() => {
      createOperator(db, { username, displayName, role, password }, at);
      appendJournal(db, {
        at,
        operator: `cli:${io.env.USER ?? 'inconnu'}`,
        workstation: os.hostname(),
        action: 'operator.create',
        entity: 'operator',
        entityId: null,
        reason: 'Création en ligne de commande',
        changes: [
          { field: 'username', before: null, after: username },
          { field: 'role', before: null, after: role },
        ],
      });
    })();
    io.stdout.write(`Compte « ${username} » (${role === 'referent' ? 'référent' : 'agent'}) créé.\n`);
    return 0;
  },
};
