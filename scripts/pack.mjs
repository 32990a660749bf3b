#!/usr/bin/env node
// `npm run pack`: builds everything, prepares the Electron-ABI SQLite binding and runs electron-builder
// with electron-builder.yml. Needs a machine with internet access (Electron headers and binaries).
import { execFileSync } from 'node:child_process';
import { electronNativeBinding } from './electron-native.mjs';

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
execFileSync('node', ['scripts/build-electron.mjs'], { stdio: 'inherit' });
electronNativeBinding();
execFileSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)], { stdio: 'inherit' });
