#!/usr/bin/env node
// Bundles the Electron shell (main, preload, backend worker) and the demo INSi simulator (run by the backend as a
// child process) with esbuild into dist/electron/*.cjs.
// better-sqlite3 and electron stay external. With --rebuild-native, also rebuilds better-sqlite3 for
// Electron's ABI into a separate folder (needs Electron headers from the internet: not at install time).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', sourcemap: true, external: ['electron', 'better-sqlite3'], logLevel: 'warning' };
// import.meta.url does not exist in CJS bundles: give the bundled code the file URL of the bundle instead.
const importMetaShim = { define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: 'const importMetaUrl = require("url").pathToFileURL(__filename).href;' } };

await build({ ...common, ...importMetaShim, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs' });
await build({ ...common, ...importMetaShim, entryPoints: ['electron/backend/worker.ts'], outfile: 'dist/electron/backend-worker.cjs' });
await build({ ...common, entryPoints: ['electron/backend/insi-flow/mock-entry.ts'], outfile: 'dist/electron/insi-mock.cjs' });
console.log('dist/electron: main.cjs, preload.cjs, backend-worker.cjs, insi-mock.cjs');

if (process.argv.includes('--rebuild-native')) {
  const { version } = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("electron/package.json"))']).toString());
  execFileSync('npx', ['--yes', '@electron/rebuild', '--version', version, '--only', 'better-sqlite3', '--force'], { stdio: 'inherit' });
}
