import { homedir } from 'node:os';
import { join } from 'node:path';

/** The same folder Electron's app.getPath('userData') gives Worktray, so the CLI and the app share one cache. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.WORKTRAY_DATA_DIR) return env.WORKTRAY_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'worktray');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'worktray');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'worktray');
}
