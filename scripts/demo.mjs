#!/usr/bin/env node
// `npm run demo`: builds the interface, then starts the app in demo mode on its own database file
// (data/demo.sqlite) as a loopback web host, and opens it in Chromium when a display is available.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const port = process.env.PORT ?? '5180';
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
mkdirSync('data', { recursive: true });
const host = spawn('npx', ['tsx', 'electron/web/cli.ts', '--port', port, '--db', 'data/demo.sqlite', '--demo'], { stdio: ['ignore', 'pipe', 'inherit'] });
host.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const match = /https?:\/\/127\.0\.0\.1:\d+\//.exec(String(chunk));
  const browser = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((b) => existsSync(b));
  if (match && browser && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY)) {
    spawn(browser, [`--app=${match[0]}`, '--no-first-run', '--disable-background-networking'], { stdio: 'ignore', detached: true }).unref();
  } else if (match) {
    console.log(`Ouvrez ${match[0]} dans un navigateur.`);
  }
});
const stop = () => host.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
host.on('exit', (code) => process.exit(code ?? 0));
