import type { CallContext } from './callContext.js';
import { HANDLERS } from './service.js';
import { userById, type SimState } from './state.js';
import type { Args } from './wire.js';

/** A seeded user acting directly on the simulator's state, through the same handlers the SOAP service uses. */
export interface Actor {
  call(operation: keyof typeof HANDLERS, args: Args): unknown;
  /** SaveTask/SaveNote/SaveFile's return code (NewX ids are text: use `call`). */
  callNumber(operation: keyof typeof HANDLERS, args: Args): number;
}

export function actAs(state: SimState, userId: number, now: () => Date): Actor {
  const context = (): CallContext => {
    const user = userById(state, userId);
    if (!user) throw new Error(`No simulator user ${userId}`);
    return { state, user, nowMs: now().getTime() };
  };
  const call = (operation: keyof typeof HANDLERS, args: Args): unknown => {
    const handler = HANDLERS[operation];
    if (!handler) throw new Error(`Unknown Workity function ${String(operation)}`);
    return handler(context(), args);
  };
  return { call, callNumber: (operation, args) => Number(call(operation, args)) };
}
