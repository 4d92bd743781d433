import { AccountForm } from '../components/AccountForm.js';
import { navigate } from '../components/navigate.js';
import { useStores } from '../store/hooks.js';

/** The first screen: nothing to show until one account is added. */
export function OnboardingView() {
  const stores = useStores();
  const done = () => {
    void stores.accounts.getState().syncNow();
    navigate('tasks');
  };
  return (
    <main className="onboarding">
      <h1>Welcome to Worktray</h1>
      <p className="muted">
        One list for your Worksnaps, Worksection, Workity and WebWork Tracker tasks, that keeps working offline. Add your first
        account to begin; you can add the others later.
      </p>
      <AccountForm onAdded={done} />
    </main>
  );
}
