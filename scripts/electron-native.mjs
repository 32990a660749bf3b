// Builds better-sqlite3 for Electron's ABI into dist/native/, beside (never instead of) the Node build
// in node_modules, so plain-Node tools and the Electron app each load their own binary through
// better-sqlite3's `nativeBinding` option. Needs Electron headers from the internet: run by
// `npm start` and `npm run pack` only, never at install.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export function electronVersion() {
  return JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
}

export function electronNativeBinding() {
  const target = path.resolve('dist/native/better_sqlite3.node');
  const stamp = path.resolve(`dist/native/electron-${electronVersion()}`);
  if (existsSync(target) && existsSync(stamp)) return target;
  const work = path.resolve('.cache/better-sqlite3-electron');
  mkdirSync(path.dirname(work), { recursive: true });
  cpSync('node_modules/better-sqlite3', work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
  execFileSync(
    'npx',
    ['node-gyp', 'rebuild', '--release', `--target=${electronVersion()}`, '--arch=' + process.arch, '--dist-url=https://electronjs.org/headers'],
    { cwd: work, stdio: 'inherit' },
  );
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(path.join(work, 'build/Release/better_sqlite3.node'), target);
  cpSync(target, stamp);
  return target;
}
