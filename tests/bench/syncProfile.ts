import { rmSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { PROVIDER_IDS, type ProviderId } from '../../shared/model.js';
import type { BenchSimulators } from './sims.js';
import { freshContext } from './syncBench.js';

/** Where a provider's full sync spends its time, in ms of the sampled profile. */
export type SyncPhases = Record<(typeof PHASES)[number], number>;

export const PHASES = ['wire', 'server', 'parsing', 'validating', 'mapping', 'writing', 'other', 'profiler'] as const;

/*
 * Each sample is charged to the first frame, from the top of the stack, whose
 * file says what it is doing: the simulator answering (server), SQLite and the
 * cache (writing), zod and the providers' schema files (validating), mapping
 * files (mapping), JSON.parse, the core's XML reader (saxes) and node-soap writing envelopes (parsing). Idle
 * samples are the wait on the wire; so are node's own http and socket frames.
 * "other" is the rest of the core (sync bookkeeping, promises, garbage
 * collection); "profiler" is the profiler's own start and stop, left out of totals.
 */
function phaseOf(frame: Profiler.ProfileNode['callFrame']): SyncPhases extends Record<infer K, number> ? K | null : never {
  const url = frame.url;
  const name = frame.functionName;
  if (name === '(idle)') return 'wire';
  if (url === 'node:inspector') return 'profiler';
  if (url.includes('tests/simulators')) return 'server';
  if (url.includes('better-sqlite3') || url.includes('main/core/cache/')) return 'writing';
  if (url.includes('/zod/') || /providers\/\w+\/(schema|validate)\.ts/.test(url)) return 'validating';
  if (/providers\/\w+\/mapping\.ts/.test(url)) return 'mapping';
  if (
    url.includes('fast-xml-parser') ||
    url.includes('/soap/') ||
    url.includes('/sax/') ||
    url.includes('/saxes/') ||
    url.includes('/xmlchars/') ||
    url.includes('main/core/net/xml.ts') ||
    (url === '' && name === 'parse')
  )
    return 'parsing';
  if (url.startsWith('node:_http') || url.startsWith('node:net') || url.includes('/axios/')) return 'wire';
  return null;
}

function breakdown(profile: Profiler.Profile): SyncPhases {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // A frame under the simulator (node-soap serializing its reply, say) is the server's, whatever the frame.
  const serverNode = new Map<number, boolean>();
  const underServer = (id: number): boolean => {
    const known = serverNode.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = Boolean(node?.callFrame.url.includes('tests/simulators')) || (up !== undefined && underServer(up));
    serverNode.set(id, result);
    return result;
  };
  const phaseOfNode = new Map<number, (typeof PHASES)[number]>();
  const resolve = (id: number): (typeof PHASES)[number] => {
    const known = phaseOfNode.get(id);
    if (known) return known;
    const node = byId.get(id);
    const own = underServer(id) ? 'server' : node ? phaseOf(node.callFrame) : null;
    const up = parent.get(id);
    const phase = own ?? (up === undefined ? 'other' : resolve(up));
    phaseOfNode.set(id, phase);
    return phase;
  };
  const phases = Object.fromEntries(PHASES.map((p) => [p, 0])) as SyncPhases;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => (phases[resolve(id)] += (deltas[i] ?? 0) / 1000));
  return phases;
}

const post = <T>(session: Session, method: string, params?: object): Promise<T> =>
  new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))),
  );

/** One full sync per provider, alone in a fresh data folder, under V8's sampling profiler (not the timed runs). */
export async function profileSync(sims: BenchSimulators): Promise<Record<ProviderId, SyncPhases>> {
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 500 });
  const result = {} as Record<ProviderId, SyncPhases>;
  try {
    for (const provider of PROVIDER_IDS) {
      const ctx = await freshContext(sims, [provider]);
      await ctx.core();
      await post(session, 'Profiler.start');
      await ctx.call('sync:run', {});
      const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
      result[provider] = breakdown(profile);
      await ctx.close();
      rmSync(ctx.dataDir, { recursive: true, force: true });
    }
  } finally {
    session.disconnect();
  }
  return result;
}

/** The breakdown as a table: one row per provider, ms per phase and each phase's share of the sync. */
export function printSyncPhases(phases: Record<string, SyncPhases>): void {
  const shown = PHASES.filter((phase) => phase !== 'profiler');
  console.log(`\nwhere a full sync spends its time (ms, one profiled sync per provider alone; ${shown.join(', ')})`);
  console.log(['provider'.padEnd(12), ...shown.map((p) => p.padStart(10))].join(' '));
  for (const [provider, byPhase] of Object.entries(phases)) {
    const total = shown.reduce((sum, phase) => sum + byPhase[phase], 0);
    const cell = (phase: (typeof PHASES)[number]): string =>
      `${Math.round(byPhase[phase])} ${Math.round((100 * byPhase[phase]) / total)}%`.padStart(10);
    console.log([provider.padEnd(12), ...shown.map(cell)].join(' '));
  }
}
