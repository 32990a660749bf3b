// Runs the INSi mock alone: `npm run insi-mock -- --port 8089 [--idam ID,ID] [--format legacy-2022] [--latency 50]
// [--oids test] [--any-first-name] [--fatal-quirk] [--not-found-as-fault]`. Prints its URL; stops on Ctrl+C.
import { parseArgs } from 'node:util';
import { startInsiMock } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    idam: { type: 'string' },
    format: { type: 'string', default: 'current' },
    latency: { type: 'string', default: '0' },
    oids: { type: 'string', default: 'real' },
    'any-first-name': { type: 'boolean', default: false },
    'fatal-quirk': { type: 'boolean', default: false },
    'not-found-as-fault': { type: 'boolean', default: false },
  },
});

const format = values.format === 'legacy-2022' ? 'legacy-2022' : 'current';
const mock = await startInsiMock({
  port: Number(values.port),
  allowedIdams: values.idam ? values.idam.split(',').map((s) => s.trim()) : null,
  format,
  latencyMs: Number(values.latency),
  oids: values.oids === 'test' ? 'test' : 'real',
  match: { firstName: values['any-first-name'] ? 'any' : 'first-or-all' },
  severityQuirk: values['fatal-quirk'],
  notFoundAsFault: values['not-found-as-fault'],
});
console.log(`Simulateur INSi à l'écoute : ${mock.url}`);
console.log(`Administration : ${mock.adminUrl} (cards, calls, settings, inject, config, clear, reset)`);
const stop = () => void mock.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
