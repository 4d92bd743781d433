import type { ReactNode } from 'react';
import { HOST_LOST_LINE } from '../logic/connectionLine.js';
import { useApp } from '../store/hooks.js';

/**
 * Everything that edits sits inside this: while the host is unreachable a
 * disabled fieldset turns off every button and field at once (task checks,
 * quick-add, the editor's save), so nothing can look done that the core never got.
 */
export function ConnectionGate({ children, announce = false }: { children: ReactNode; announce?: boolean }) {
  const connected = useApp('ui', (s) => s.connection === 'open');
  return (
    <>
      {/* Where no banner row is on screen (the quick-add window), the gate says why itself. */}
      {announce && !connected && (
        <div className="banner danger" role="alert" data-testid="host-lost">
          {HOST_LOST_LINE}
        </div>
      )}
      <fieldset className="gate" disabled={!connected} data-connected={connected}>
        {children}
      </fieldset>
    </>
  );
}
