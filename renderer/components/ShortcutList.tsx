import { isMacPlatform, SHORTCUTS, describeChord, type ShortcutScope } from '../logic/shortcuts.js';
import { useStores } from '../store/hooks.js';
import { ModalDialog } from './ModalDialog.js';

const SCOPES: [ShortcutScope, string][] = [
  ['anywhere', 'Anywhere'],
  ['list', 'In the task list'],
];

/** `?`: every shortcut from the one table, grouped by where it works. */
export function ShortcutList() {
  const stores = useStores();
  const isMac = isMacPlatform();
  const close = () => stores.ui.getState().setOverlay(null);
  return (
    <ModalDialog onClose={close} className="shortcut-list" labelledBy="shortcuts-title" testId="shortcut-list">
      <div className="page-header">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <span className="spacer" />
        <button type="button" onClick={close} autoFocus>
          Close
        </button>
      </div>
      <div className="shortcut-columns">
        {SCOPES.map(([scope, title]) => (
          <section key={scope} aria-labelledby={`shortcuts-${scope}`}>
            <h3 id={`shortcuts-${scope}`}>{title}</h3>
            <dl>
              {SHORTCUTS.filter((s) => s.scope === scope).map((s) => (
                <div key={s.id} className="shortcut">
                  <dt>
                    {s.chords.map((c, i) => (
                      <span key={i}>
                        {i > 0 && ' or '}
                        <kbd>{describeChord(c, isMac)}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{s.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </ModalDialog>
  );
}
