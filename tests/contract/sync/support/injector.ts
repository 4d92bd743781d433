import type { FaultSwitches } from '../../../simulators/common/faults.js';

type Kind = 'dropNext' | 'serverErrorNext' | 'dropAfterCommitNext' | 'rateLimitNext';

export interface Injector {
  /** Faults armed so far, by kind. */
  armed: Record<Kind, number>;
  stop(): void;
}

/**
 * Arms one fault every few requests while a push runs, so drops, 5xx,
 * commit-then-cut and rate limits land on creates, reads and updates alike.
 * Rate limits cost a real Retry-After second each, so only `rateLimits` of them.
 */
export function injectFaults(
  sim: { faults: FaultSwitches; requests(): number },
  random: () => number,
  options: { max: number; rateLimits: number },
): Injector {
  const armed: Record<Kind, number> = { dropNext: 0, serverErrorNext: 0, dropAfterCommitNext: 0, rateLimitNext: 0 };
  const cycle: Kind[] = ['dropAfterCommitNext', 'dropNext', 'serverErrorNext', 'dropAfterCommitNext'];
  let nextAt = sim.requests() + 2;
  let count = 0;
  const timer = setInterval(() => {
    const f = sim.faults;
    const pending = f.dropNext + f.serverErrorNext + f.dropAfterCommitNext + f.rateLimitNext;
    if (pending > 0 || count >= options.max || sim.requests() < nextAt) return;
    const kind: Kind =
      armed.rateLimitNext < options.rateLimits && count % 9 === 4 ? 'rateLimitNext' : (cycle[count % cycle.length] as Kind);
    f[kind] = 1;
    armed[kind] += 1;
    count += 1;
    nextAt = sim.requests() + 2 + Math.floor(random() * 6);
  }, 2);
  return { armed, stop: () => clearInterval(timer) };
}
