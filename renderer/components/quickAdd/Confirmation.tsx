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
  return (
    <div className={`notice qa-added${floating ? ' floating' : ''}`} role="status" data-testid="qa-added">
      <p>
        {added.state === 'queued' ? 'Saved here; it goes to ' : 'Added to '}
        <strong>
          {service} · {added.projectName}
        </strong>
        {added.state === 'queued' ? ` when ${service} can be reached` : ''}: “{added.title}”
      </p>
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
