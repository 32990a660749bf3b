// `npm run web -- --port <port> --db <file> [--demo]`: starts the loopback web host and prints its URL.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startWebHost } from './web-host.js';

function usage(message: string): never {
  console.error(`${message}\nUsage : npm run web -- --port <port> --db <fichier> [--demo]`);
  process.exit(2);
}

let values: { port?: string; db?: string; demo?: boolean };
try {
  ({ values } = parseArgs({ options: { port: { type: 'string' }, db: { type: 'string' }, demo: { type: 'boolean' } } }));
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const port = Number(values.port ?? '5180');
if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`Port invalide : ${values.port}`);
if (!values.db) usage('Le fichier de base de données (--db) est obligatoire.');
const rendererDir = path.resolve('dist/renderer');
if (!existsSync(path.join(rendererDir, 'index.html'))) usage("L'interface n'est pas construite : lancez d'abord `npx vite build`.");

try {
  const host = await startWebHost({ port, dbFile: path.resolve(values.db), demo: values.demo ?? false, rendererDir });
  console.log(`Bureau d'identitovigilance prêt : ${host.url}${values.demo ? '  (mode démonstration : referent/referent, accueil/accueil)' : ''}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`Démarrage impossible : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
