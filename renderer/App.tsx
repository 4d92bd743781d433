import { useEffect } from 'react';
import { CommandPalette } from './components/CommandPalette.js';
import { Shell } from './components/Shell.js';
import { ShortcutList } from './components/ShortcutList.js';
import { useGlobalKeys } from './components/useGlobalKeys.js';
import { useReminders } from './components/useReminders.js';
import { useApp, useStores } from './store/hooks.js';
import { parseRoute } from './store/uiStore.js';
import { OnboardingView } from './views/OnboardingView.js';
import { QuickAddView } from './views/QuickAddView.js';

/** Follows the hash route and the theme setting; picks quick-add, onboarding or the main window. */
export function App() {
  const stores = useStores();
  const route = useApp('ui', (s) => s.route);
  const theme = useApp('settings', (s) => s.settings?.theme ?? 'system');
  const loaded = useApp('accounts', (s) => s.loaded);
  const hasAccounts = useApp('accounts', (s) => s.accounts.length > 0);
  const overlay = useApp('ui', (s) => s.overlay);
  const inMainWindow = route !== 'quick-add' && loaded && hasAccounts;
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

  if (route === 'quick-add') return <QuickAddView />;
  if (!loaded) return <p className="empty">Loading Worktray…</p>;
  if (!hasAccounts) return <OnboardingView />;
  return (
    <>
      <Shell />
      {overlay === 'palette' && <CommandPalette />}
      {overlay === 'shortcuts' && <ShortcutList />}
    </>
  );
}
