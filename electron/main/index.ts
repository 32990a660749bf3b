// Electron main process: lifecycle only. Single instance, app:// protocol, hardening, the backend
// worker and the IPC bridge. No business rule and no SQL here (they live in core/ and db/).
import { app, ipcMain } from 'electron';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { dataDir, DATA_FILE_NAME, DEMO_FILE_NAME } from '../../db/cli/data-file.js';
import { startBackendWorker, type BackendWorker } from '../backend/worker-client.js';
import { registerIpc } from './ipc.js';
import { registerAppSchemeAsPrivileged, serveRenderer } from './protocol.js';
import { createMainWindow, denyAllPermissions, hardenContents } from './window.js';

const demo = process.argv.includes('--demo');
let backend: BackendWorker | null = null;

if (!app.requestSingleInstanceLock()) app.quit();
registerAppSchemeAsPrivileged();
app.on('web-contents-created', (_event, contents) => hardenContents(contents));

app.whenReady().then(async () => {
  const root = app.getAppPath();
  const dist = path.join(root, 'dist');
  denyAllPermissions();
  serveRenderer(path.join(dist, 'renderer'));
  mkdirSync(dataDir(process.env), { recursive: true });
  backend = await startBackendWorker(path.join(dist, 'electron', 'backend-worker.cjs'), {
    // The same file the `idv` CLI opens by default, so imports and the desk share one base.
    dbFile: path.join(dataDir(process.env), demo ? DEMO_FILE_NAME : DATA_FILE_NAME),
    demo,
    assetsDir: app.isPackaged ? path.join(process.resourcesPath, 'assets') : path.join(root, 'assets'),
    // The Electron-ABI build of better-sqlite3 lives beside the Node one (scripts/electron-native.mjs).
    sqliteBinding: app.isPackaged
      ? path.join(process.resourcesPath, 'app.asar.unpacked', 'dist', 'native', 'better_sqlite3.node')
      : (process.env.IDV_SQLITE_BINDING ?? null),
  });
  const worker = backend;
  registerIpc(ipcMain, (channel, input, token) => worker.call(channel, input, token));
  createMainWindow(path.join(dist, 'electron', 'preload.cjs'), !app.isPackaged);
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  void backend?.close();
});
