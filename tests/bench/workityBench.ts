import { WorkityClient } from '../../main/core/providers/workity/client.js';
import { createLogger } from '../../main/core/log.js';
import { recordRequests, replay, type RecordedRequest } from './recorder.js';
import type { BenchSimulators } from './sims.js';
import { median, timeAsync } from './stats.js';

export interface WorkityFigures {
  items: number;
  clientMs: number[];
  rawMs: number[];
  envelopeBytes: number;
}

/**
 * Figure 6: the Workity client's GetItems for 500 task ids (SOAP envelope built
 * by node-soap, reply parsed and checked) against a raw POST of the very same
 * envelope with bare node:http, reply read and dropped. Both warm: WSDL loaded,
 * ticket held.
 */
export async function benchWorkity(sims: BenchSimulators, runs: number): Promise<WorkityFigures> {
  const { workity } = sims;
  const lenny = workity.users.lenny;
  const ids = [...workity.state.items.values()]
    .filter((item) => item.kind === 'task' && [11, 12, 13, 15].includes(item.projectId))
    .slice(0, 500)
    .map((item) => item.id);
  const client = new WorkityClient({
    endpoint: workity.url,
    email: lenny.email,
    password: lenny.password,
    timeoutMs: 30_000,
    now: () => new Date(),
    log: createLogger('bench'),
  });
  await client.login();
  let items = (await client.getItems({ taskIds: ids })).TaskItems.length;
  const recorder = recordRequests();
  await client.getItems({ taskIds: ids });
  const envelope = recorder.stop().at(-1) as RecordedRequest;
  const figures: WorkityFigures = { items, clientMs: [], rawMs: [], envelopeBytes: envelope.body.length };
  for (let run = 0; run < runs; run += 1) {
    figures.clientMs.push(await timeAsync(async () => (items = (await client.getItems({ taskIds: ids })).TaskItems.length)));
    figures.rawMs.push(await timeAsync(() => replay(envelope)));
  }
  figures.items = items;
  await client.logout();
  return figures;
}

export const workityRatio = (f: WorkityFigures): number => median(f.clientMs) / median(f.rawMs);
