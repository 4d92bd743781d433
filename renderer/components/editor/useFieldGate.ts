import { useId } from 'react';
import { PROVIDER_NAMES, type Capabilities, type CapabilityFlag, type ProviderId } from '../../../shared/model.js';
import { capabilityReason } from '../CapabilityNote.js';

export interface GatedProps {
  disabled: boolean;
  title: string | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldGate {
  /** Why the service can't take this field, or null when it can. */
  why(flag: CapabilityFlag): string | null;
  /** The id of the reason shown under the field. */
  noteId(flag: CapabilityFlag): string;
  /** What a field's control takes: off, with the reason as its tooltip and description. */
  props(flag: CapabilityFlag): GatedProps;
}

/**
 * A form that knows its service before submit: every field the capability
 * table says the service can't take is shown off, its reason both on hover
 * and as text the control is described by.
 */
export function useFieldGate(caps: Capabilities, provider: ProviderId): FieldGate {
  const base = useId();
  const name = PROVIDER_NAMES[provider];
  const why = (flag: CapabilityFlag) => (caps[flag] ? null : capabilityReason(caps, flag, name));
  const noteId = (flag: CapabilityFlag) => `${base}-${flag}`;
  return {
    why,
    noteId,
    props(flag) {
      const reason = why(flag);
      return { disabled: reason !== null, title: reason ?? undefined, 'aria-describedby': reason ? noteId(flag) : undefined };
    },
  };
}
