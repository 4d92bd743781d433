import { describe, expect, it } from 'vitest';
import { projectCount } from '../../../renderer/store/navStore.js';
import { value } from '../../helpers/inProcessApi.js';
import { setup } from './helpers.js';

describe('the sidebar store', () => {
  it("shows each project's count of unfinished tasks as the core counts them", async () => {
    const { api, stores } = await setup({ providers: ['worksection', 'webwork'] });
    await stores.start();
    const { projects, counts } = stores.nav.getState();
    expect(projects.length).toBeGreaterThan(0);
    const shown = projects.map((p) => projectCount(counts, p));
    const listed = await Promise.all(
      projects.map(
        async (p) =>
          (await value(api, 'tasks:list', { accountId: p.accountId, projectRemoteId: p.remoteId, status: 'not-done', limit: 1 }))
            .total,
      ),
    );
    expect(shown).toEqual(listed);
    expect(shown.filter((n) => n > 0).length).toBeGreaterThan(1);
  });
});
