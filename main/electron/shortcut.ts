import type { GlobalShortcut } from 'electron';
import type { Logger } from '../core/log.js';

/** The command a user binds in the desktop's own keyboard settings when a global shortcut cannot be had. */
export const QUICK_ADD_COMMAND = 'worktray quick-add';

/** What settings show about the quick-add shortcut. */
export interface ShortcutStatus {
  accelerator: string;
  registered: boolean;
  /** Plain words for the settings screen when the shortcut is not (or may not be) working. */
  message: string | null;
  fallbackCommand: string;
}

export interface ShortcutServiceOptions {
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>;
  onTrigger(): void;
  log: Logger;
  /** Wayland compositors may swallow global shortcuts even when registering "succeeds". */
  isWayland: boolean;
}

export interface ShortcutService {
  apply(accelerator: string): ShortcutStatus;
  status(): ShortcutStatus;
  unregister(): void;
}

function failed(accelerator: string, why: string): ShortcutStatus {
  return {
    accelerator,
    registered: false,
    message: `The shortcut ${accelerator} could not be registered (${why}). Bind the command "${QUICK_ADD_COMMAND}" to a key in your desktop's keyboard settings instead.`,
    fallbackCommand: QUICK_ADD_COMMAND,
  };
}

/** Registers the quick-add shortcut and remembers why it failed, so settings can say so and offer the CLI command. */
export function createShortcutService(options: ShortcutServiceOptions): ShortcutService {
  let current: ShortcutStatus = failed('', 'none set');
  const release = (): void => {
    if (current.registered) options.globalShortcut.unregister(current.accelerator);
  };
  return {
    apply(accelerator) {
      release();
      let registered = false;
      try {
        registered = accelerator.trim() !== '' && options.globalShortcut.register(accelerator, () => options.onTrigger());
      } catch (error) {
        // register throws on an accelerator it cannot parse.
        current = failed(accelerator, `not a valid shortcut: ${error instanceof Error ? error.message : String(error)}`);
        options.log.warn('quick-add shortcut rejected', { accelerator });
        return current;
      }
      if (!registered) {
        current = failed(accelerator, 'another application holds it, or this desktop does not let apps grab keys');
        options.log.warn('quick-add shortcut not registered', { accelerator });
        return current;
      }
      const hint = options.isWayland
        ? `On Wayland some desktops do not pass global shortcuts to apps; if ${accelerator} does nothing, bind "${QUICK_ADD_COMMAND}" in your desktop's keyboard settings.`
        : null;
      current = { accelerator, registered: true, message: hint, fallbackCommand: QUICK_ADD_COMMAND };
      return current;
    },
    status: () => current,
    unregister() {
      release();
      current = { ...current, registered: false };
    },
  };
}
