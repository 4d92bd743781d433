import path from 'node:path';

/** What a launch asks for; the same flags arrive in a second instance's argv. */
export interface LaunchArgs {
  /** `worktray quick-add` starts (or reaches) the app with this. */
  quickAdd: boolean;
  /** Started at login: tray only, no window. */
  hidden: boolean;
  dataDir: string | null;
}

export function parseLaunchArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): LaunchArgs {
  let dataDir: string | null = env.WORKTRAY_DATA_DIR && env.WORKTRAY_DATA_DIR !== '' ? env.WORKTRAY_DATA_DIR : null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
    else if (arg === '--data-dir' && argv[i + 1] !== undefined) dataDir = argv[i + 1] ?? null;
  }
  return {
    quickAdd: argv.includes('--quick-add'),
    hidden: argv.includes('--hidden'),
    dataDir: dataDir === null ? null : path.resolve(dataDir),
  };
}

/**
 * The folder the app and the CLI share (CLI.md: "the same folder the Electron
 * app uses"): <appData>/worktray, not Electron's default, which follows the
 * product name and so differs between dev runs and packaged builds.
 */
export function defaultDataDir(appDataDir: string): string {
  return path.join(appDataDir, 'worktray');
}
