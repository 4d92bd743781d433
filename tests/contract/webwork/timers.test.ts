import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_TRACKER_PATH } from '../../../main/core/providers/webwork/timeApi.js';
import { pullAccount } from '../../../main/core/sync/puller.js';
import type { Timer } from '../../../shared/model.js';
import { memoryCacheWithAccount } from '../../helpers/memoryCache.js';
import { failure, lastDays, startHarness, type Harness } from './helpers.js';

let h: Harness;
afterEach(async () => h?.sim.close());

const trackerCalls = () => h.sim.calls().filter((c) => c.path === `/api/v2/${CURRENT_TRACKER_PATH}`);

describe('WebWork running timers when the current-tracker path is missing', () => {
  it('a 404 keeps the timers already shown instead of emptying them, and warns', async () => {
    h = await startHarness({ maxTimeDays: 1 });
    const { cache } = memoryCacheWithAccount('ww1');
    const pull = () => pullAccount({ cache, session: h.session }, cache.accounts.get('ww1')!, lastDays(0));
    await pull();
    expect(cache.records.timers('ww1').map((t) => t.userName)).toEqual(['Olivia Hart']);

    h.sim.missingPaths.add(CURRENT_TRACKER_PATH);
    const warn = vi.spyOn(h.ctx.log, 'warn');
    const counts = await pull();
    expect(trackerCalls().map((c) => c.status)).toEqual([200, 404]);
    expect(cache.records.timers('ww1').map((t) => t.userName)).toEqual(['Olivia Hart']);
    expect(counts.tasks).toBeGreaterThan(0);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('timers are unavailable'),
      expect.objectContaining({ path: CURRENT_TRACKER_PATH }),
    );
  });

  it('with a working path, a stopped tracker does empty the list', async () => {
    h = await startHarness({ maxTimeDays: 1 });
    const { cache } = memoryCacheWithAccount('ww1');
    const pull = () => pullAccount({ cache, session: h.session }, cache.accounts.get('ww1')!, lastDays(0));
    await pull();
    h.sim.state.trackers = [];
    await pull();
    expect(cache.records.timers('ww1')).toEqual([]);
  });

  it('stopping a timer the server refuses is not taken as "already stopped" when the tracker cannot be read', async () => {
    h = await startHarness();
    h.sim.missingPaths.add(CURRENT_TRACKER_PATH);
    const notRunning: Timer = {
      key: 'k',
      accountId: 'ww1',
      remoteId: '2',
      taskRemoteId: null,
      title: '',
      userName: null,
      startedAt: null,
    };
    const error = await failure(h.session.stopTimer(notRunning));
    expect(error).toMatchObject({ code: 'validation', providerMessage: 'No tracker is running for this user.' });
    expect(trackerCalls().map((c) => c.status)).toEqual([404]);
  });
});
