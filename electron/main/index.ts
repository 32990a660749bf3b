// Electron main process: lifecycle only. Single instance, app:// protocol, hardening, the backend
// worker and the IPC bridge. No business rule and no SQL here (they live in core/ and db/).
import { app, ipcMain } from 'electron';
import path from 'node:path';
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
  backend = await startBackendWorker(path.join(dist, 'electron', 'backend-worker.cjs'), {
    dbFile: path.join(app.getPath('userData'), demo ? 'idv-demo.sqlite' : 'idv.sqlite'),
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
