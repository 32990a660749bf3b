// Where the CLI finds the app's database when --db is not given: $IDV_DATA_DIR/idv.sqlite, else
// $XDG_DATA_HOME/idv-desk/idv.sqlite, else ~/.local/share/idv-desk/idv.sqlite.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATA_FILE_NAME = 'idv.sqlite';

export function defaultDataFile(env: NodeJS.ProcessEnv): string {
  if (env.IDV_DATA_DIR) return join(env.IDV_DATA_DIR, DATA_FILE_NAME);
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'idv-desk', DATA_FILE_NAME);
}
