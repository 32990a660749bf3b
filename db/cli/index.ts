// Entry point of the headless CLI: `npx tsx db/cli/index.ts <commande> …` (or `npm run idv -- …`).
// The frame is in run.ts, the commands in commands/ (one file each, listed in registry.ts).
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
