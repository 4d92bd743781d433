import { useState, type FormEvent } from 'react';
import { useApp, useStores } from '../store/hooks.js';
import { ErrorMessage } from './ErrorMessage.js';

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
    <section className="vault-passphrase" aria-labelledby="vault-passphrase-title">
      <h2 id="vault-passphrase-title">Passphrase for the command line</h2>
      <p className="hint">
        Lets <code>worktray</code> on the command line and the web host open these accounts too. The passphrase is not stored;
        only a key sealed with it is.
      </p>
      <form className="row" onSubmit={submit}>
        <label>
          New passphrase
          <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </label>
        <button type="submit" disabled={!passphrase || status.state === 'saving'}>
          Add passphrase
        </button>
      </form>
      {status.state === 'saving' && <p role="status">Adding…</p>}
      {status.state === 'added' && (
        <p className="notice" role="status">
          Passphrase added: use it with WORKTRAY_PASSPHRASE or when worktray asks.
        </p>
      )}
      {status.state === 'failed' && <ErrorMessage error={status.error} alert />}
    </section>
  );
}
