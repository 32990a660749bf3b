// Where the app's database lives when no --db is given, shared by the desktop app and the CLI so both
// open the same file: $IDV_DATA_DIR/idv.sqlite, else the platform's per-user data folder
// (%APPDATA%\idv-desk on Windows, ~/Library/Application Support/idv-desk on macOS,
// $XDG_DATA_HOME/idv-desk or ~/.local/share/idv-desk on Linux). Demo data has its own file beside it.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATA_FILE_NAME = 'idv.sqlite';
export const DEMO_FILE_NAME = 'idv-demo.sqlite';

export function dataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (env.IDV_DATA_DIR) return env.IDV_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), 'idv-desk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'idv-desk');
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'idv-desk');
}

export function defaultDataFile(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  return join(dataDir(env, platform), DATA_FILE_NAME);
}
