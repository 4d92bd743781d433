export interface NetworkWatchOptions {
  /** Electron's net.isOnline() in the app. */
  isOnline(): boolean;
  onChange(online: boolean): void;
  every?: (run: () => void) => () => void;
}

/**
 * The main process has no online/offline event, so the shell asks the OS
 * every few seconds and tells the core only when the answer flips.
 */
export function watchNetwork(options: NetworkWatchOptions): () => void {
  let last = options.isOnline();
  const every =
    options.every ??
    ((run: () => void) => {
      const timer = setInterval(run, 5000);
      timer.unref();
      return () => clearInterval(timer);
    });
  return every(() => {
    const now = options.isOnline();
    if (now === last) return;
    last = now;
    options.onChange(now);
  });
}
