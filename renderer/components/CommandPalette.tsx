import { useMemo, useState } from 'react';
import { fuzzyFilter } from '../logic/fuzzy.js';
import { isMacPlatform, shortcutKeys } from '../logic/shortcuts.js';
import { useStores } from '../store/hooks.js';
import { Marked } from './Marked.js';
import { buildCommands, type Command } from './paletteCommands.js';
import { ModalDialog } from './ModalDialog.js';

const MAX_SHOWN = 50;

/** Ctrl/⌘+K: type part of any action or place, Enter runs it; the shortcut that also runs it is shown. */
export function CommandPalette() {
  const stores = useStores();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const commands = useMemo(() => buildCommands(stores), [stores]);
  const isMac = isMacPlatform();
  const matches = useMemo(() => fuzzyFilter(query, commands, (c) => c.label).slice(0, MAX_SHOWN), [query, commands]);
  const close = () => stores.ui.getState().setOverlay(null);
  const run = (command: Command | undefined) => {
    if (!command) return;
    // Close first, so a command that opens another dialog (the shortcut list) is not closed by this one.
    close();
    command.run();
  };
  const current = Math.min(active, Math.max(matches.length - 1, 0));
  const onKey = (e: React.KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 };
    const move = moves[e.key];
    if (move !== undefined) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(current + move, matches.length - 1)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(matches[current]?.item);
    }
  };
  return (
    <ModalDialog onClose={close} closeOnBackdrop className="palette" label="Command palette" testId="palette">
      <h2 className="visually-hidden">Command palette</h2>
      <input
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={matches.length > 0 ? `palette-${current}` : undefined}
        aria-label="Command or place"
        placeholder="Type a command or a place…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
        data-testid="palette-input"
      />
      <ul id="palette-list" role="listbox" aria-label="Commands">
        {matches.map(({ item, match }, i) => (
          <li
            key={item.id}
            id={`palette-${i}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'active' : undefined}
            onMouseMove={() => setActive(i)}
            onClick={() => run(item)}
            data-testid="palette-item"
          >
            <span className="label">
              <Marked text={item.label} positions={match.positions} />
            </span>
            {item.shortcut && (
              <span className="keys">
                {shortcutKeys(item.shortcut, isMac).map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="empty">Nothing matches “{query}”.</p>}
    </ModalDialog>
  );
}
