// Runs the INSi simulator as a separate child process for the demo mode and reads its address from its
// first stdout line. Development and tests: `node --import tsx mock-entry.ts`; built app: the bundled
// dist/electron/insi-mock.cjs beside the backend bundle. stop() ends it and resolves once it has exited.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MockProcess {
  url: string;
  adminUrl: string;
  pid: number;
  /** Resolves when the child has exited (whatever the cause). */
  exited: Promise<void>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 20_000;
const here = fileURLToPath(import.meta.url);

/** How to start the child from where this code runs (source with tsx, or a bundle). */
export function mockCommand(): { command: string; args: string[]; cwd: string } | { inProcessReason: string } {
  if (here.endsWith('.ts')) {
    const repoRoot = path.resolve(path.dirname(here), '..', '..', '..');
    return { command: process.execPath, args: ['--import', 'tsx', path.join(path.dirname(here), 'mock-entry.ts')], cwd: repoRoot };
  }
  // Packaged desktop app: the runAsNode fuse is off (electron-builder.yml), so the Electron binary cannot run a script.
  if (process.versions.electron && here.includes('app.asar')) {
    return { inProcessReason: "application empaquetée (fusible runAsNode désactivé) : le simulateur tourne dans le service local" };
  }
  const bundle = path.join(path.dirname(here), 'insi-mock.cjs');
  if (!existsSync(bundle)) return { inProcessReason: `point d'entrée du simulateur absent (${bundle})` };
  return { command: process.execPath, args: [bundle], cwd: path.dirname(bundle) };
}

export function startMockProcess(cmd: { command: string; args: string[]; cwd: string }): Promise<MockProcess> {
  const child: ChildProcess = spawn(cmd.command, cmd.args, {
    cwd: cmd.cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
    // Lets an Electron binary behave as Node in development builds; plain Node ignores it.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    windowsHide: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    if (stderr.length < 4000) stderr += c.toString('utf8');
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(forced);
    }
  };
  return new Promise<MockProcess>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => fail(`pas de réponse en ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    function fail(why: string) {
      clearTimeout(timer);
      void stop();
      reject(new Error(`Le simulateur INSi n'a pas démarré (${why})${stderr ? ` : ${stderr.trim().slice(0, 500)}` : ''}`));
    }
    const onExit = (code: number | null) => fail(`arrêté, code ${String(code)}`);
    child.once('error', (e) => fail(e.message));
    child.once('exit', onExit);
    child.stdout!.on('data', (c: Buffer) => {
      buffer += c.toString('utf8');
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n') && line !== undefined) {
        clearTimeout(timer);
        child.off('exit', onExit);
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        try {
          const { url, adminUrl } = JSON.parse(line) as { url: string; adminUrl: string };
          resolve({ url, adminUrl, pid: child.pid!, exited, stop });
        } catch {
          fail(`sortie inattendue « ${line.slice(0, 200)} »`);
        }
      }
    });
  });
}
