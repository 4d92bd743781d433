import { AccountForm } from '../components/AccountForm.js';
import { navigate } from '../components/navigate.js';
import { useStores } from '../store/hooks.js';

/** Adding one more account from the Accounts view. */
export function AddAccountView() {
  const stores = useStores();
  return (
    <section className="page" aria-label="Add an account">
      <div className="page-header">
        <h1>Add an account</h1>
        <button type="button" onClick={() => navigate('accounts')}>
          Back to accounts
        </button>
      </div>
      <AccountForm
        onAdded={() => {
          void stores.accounts.getState().syncNow();
          navigate('accounts');
        }}
      />
    </section>
  );
}
