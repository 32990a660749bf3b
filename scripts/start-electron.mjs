#!/usr/bin/env node
// `npm start`: builds the renderer and the Electron bundles, prepares the Electron-ABI SQLite binding,
// then launches the desktop app (add -- --demo for the demo database). Where the Electron binary
// could not be downloaded, says so and points to `npm run demo` (same app in the browser).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { electronNativeBinding } from './electron-native.mjs';

const require = createRequire(import.meta.url);
let electronPath = null;
try {
  electronPath = require('electron');
} catch {
  electronPath = null;
}
if (!electronPath || !existsSync(electronPath)) {
  console.error(
    "Le binaire Electron n'est pas installé sur cette machine (installation avec ELECTRON_SKIP_BINARY_DOWNLOAD=1 ou sans accès Internet).\n" +
      'Lancez la même application dans le navigateur : npm run demo',
  );
  process.exit(1);
}
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
execFileSync('node', ['scripts/build-electron.mjs'], { stdio: 'inherit' });
const binding = electronNativeBinding();
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, IDV_SQLITE_BINDING: binding } });
child.on('exit', (code) => process.exit(code ?? 0));
