import type { ReactNode } from 'react';
import type { CapabilityFlag } from '../../../shared/model.js';
import type { FieldGate } from './useFieldGate.js';

/** The reason under a field that is off (the text its control is described by); nothing when the service takes it. */
export function GateNote({ gate, flag }: { gate: FieldGate; flag: CapabilityFlag }) {
  const why = gate.why(flag);
  if (why === null) return null;
  return (
    <p className="cap-note" id={gate.noteId(flag)} data-testid={`cap-note-${flag}`}>
      {why}
    </p>
  );
}

/** A field and, when the service can't take it, its reason: on hover over the whole field and as text under it. */
export function Gated({ gate, flag, children }: { gate: FieldGate; flag: CapabilityFlag; children: ReactNode }) {
  const why = gate.why(flag);
  return (
    <div className={why ? 'field gated' : 'field'} title={why ?? undefined} data-testid={`field-${flag}`}>
      {children}
      <GateNote gate={gate} flag={flag} />
    </div>
  );
}
