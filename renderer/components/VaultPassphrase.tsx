import { useState, type FormEvent } from 'react';
import { describeError } from '../api/result.js';
import { useApp, useStores } from '../store/hooks.js';

/** Adds a passphrase slot to the vault, so `worktray` on the command line and the web host can open it too. */
export function VaultPassphrase() {
  const stores = useStores();
  const status = useApp('settings', (s) => s.passphrase);
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return;
    void stores.settings
      .getState()
      .addPassphrase(passphrase)
      .then(() => setPassphrase(''));
  };
  return (
    <form className="row" aria-label="Vault passphrase" onSubmit={submit}>
      <label className="row">
        Vault passphrase for the command line and web host
        <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      </label>
      <button type="submit" disabled={!passphrase || status.state === 'saving'}>
        Add passphrase
      </button>
      {status.state === 'saving' && <span role="status">Adding…</span>}
      {status.state === 'added' && (
        <span className="notice" role="status">
          Passphrase added: use it with WORKTRAY_PASSPHRASE or when worktray asks.
        </span>
      )}
      {status.state === 'failed' && (
        <span className="error" role="alert">
          {describeError(status.error)}
        </span>
      )}
    </form>
  );
}
