import { useEffect } from 'react';
import { isElectron } from './api/createApi.js';
import { CommandPalette } from './components/CommandPalette.js';
import { ConnectionGate } from './components/ConnectionGate.js';
import { QuickAddConfirmation } from './components/quickAdd/Confirmation.js';
import { Shell } from './components/Shell.js';
import { ShortcutList } from './components/ShortcutList.js';
import { useGlobalKeys } from './components/useGlobalKeys.js';
import { useReminders } from './components/useReminders.js';
import { useApp, useStores } from './store/hooks.js';
import { parseRoute } from './store/uiStore.js';
import { OnboardingView } from './views/OnboardingView.js';
import { PanelView } from './views/PanelView.js';
import { QuickAddView } from './views/QuickAddView.js';

/** The desktop app's quick-add window opens at #/quick-add and holds the form alone; elsewhere it is a dialog over the main window. */
const OWN_QUICK_ADD_WINDOW = isElectron() && parseRoute(window.location.hash) === 'quick-add';

/**
 * The form alone: in the desktop app's own window at once, elsewhere only where there is no main
 * window to put it over (no account yet). A page opened at #/quick-add waits for the accounts
 * rather than showing the form alone first: moving it into the dialog would mount it again, and
 * what was typed and where focus was would be lost.
 */
function quickAddAlone(loaded: boolean, hasAccounts: boolean): boolean {
  return OWN_QUICK_ADD_WINDOW || (loaded && !hasAccounts);
}

/** Follows the hash route and the theme setting; picks quick-add, onboarding, the tray panel or the main window. */
export function App() {
  const stores = useStores();
  const route = useApp('ui', (s) => s.route);
  const theme = useApp('settings', (s) => s.settings?.theme ?? 'system');
  const loaded = useApp('accounts', (s) => s.loaded);
  const hasAccounts = useApp('accounts', (s) => s.accounts.length > 0);
  const overlay = useApp('ui', (s) => s.overlay);
  const inMainWindow = route !== 'quick-add' && route !== 'panel' && loaded && hasAccounts;
  useGlobalKeys(stores, inMainWindow);
  useReminders(stores, inMainWindow);

  useEffect(() => {
    const onHash = () => stores.ui.getState().setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [stores]);

  useEffect(() => {
    if (theme === 'system') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', theme);
  }, [theme]);

  if (route === 'quick-add' && quickAddAlone(loaded, hasAccounts))
    return (
      <ConnectionGate announce>
        <QuickAddView layout="window" />
      </ConnectionGate>
    );
  if (!loaded) return <p className="empty">Loading Worktray…</p>;
  if (!hasAccounts) return <OnboardingView />;
  if (route === 'panel') return <PanelView />;
  return (
    <>
      <Shell />
      {route === 'quick-add' && (
        <ConnectionGate announce>
          <QuickAddView layout="dialog" />
        </ConnectionGate>
      )}
      {overlay === 'palette' && <CommandPalette />}
      {overlay === 'shortcuts' && <ShortcutList />}
      {/* Where the last quick-add went, over whatever list filter is on. */}
      {route !== 'quick-add' && <QuickAddConfirmation floating />}
    </>
  );
}
