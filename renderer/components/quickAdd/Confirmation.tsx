import { PROVIDER_NAMES } from '../../../shared/model.js';
import { useApp, useStores } from '../../store/hooks.js';
import { navigate } from '../navigate.js';

/**
 * Where the last quick-add went, named by service and project, shown whatever
 * the list's filter hides; Open opens the task itself.
 */
export function QuickAddConfirmation({ floating = false }: { floating?: boolean }) {
  const stores = useStores();
  const added = useApp('quickAdd', (s) => s.lastAdded);
  if (!added) return null;
  const service = PROVIDER_NAMES[added.provider];
  const open = () => {
    stores.quickAdd.getState().dismissAdded();
    navigate('tasks');
    void stores.detail.getState().open(added.key);
  };
  const fate = added.fate;
  const where = (
    <strong>
      {service} · {added.projectName}
    </strong>
  );
  // Each wording says only what has happened: queued is not added, and a refusal names the reason.
  const text =
    fate.state === 'sent' ? (
      <>
        Added to {where}: “{added.title}”
      </>
    ) : fate.state === 'sending' ? (
      <>
        Saved here, adding to {where}: “{added.title}”
      </>
    ) : fate.state === 'waiting' ? (
      <>
        Saved here; it goes to {where} when {service} can be reached: “{added.title}”
      </>
    ) : fate.state === 'failed' ? (
      <>
        {service} did not take “{added.title}”{fate.error ? `: ${fate.error.message}` : ''}. It stays in the Outbox.
      </>
    ) : (
      <>“{added.title}” was discarded from the Outbox.</>
    );
  return (
    <div className={`notice qa-added${floating ? ' floating' : ''}`} role="status" data-testid="qa-added" data-state={fate.state}>
      <p>{text}</p>
      {added.tagsError && <p className="error">Tags not saved: {added.tagsError}</p>}
      <div className="row">
        <button type="button" onClick={open} data-testid="qa-added-open">
          Open
        </button>
        <button
          type="button"
          aria-label="Dismiss"
          onClick={() => stores.quickAdd.getState().dismissAdded()}
          data-testid="qa-added-dismiss"
        >
          ×
        </button>
      </div>
    </div>
  );
}
