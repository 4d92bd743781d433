/*
 * Figure 5, run in its own process so only the core's memory counts: open the
 * 100,000-task cache, sync every account against the simulators, run a search,
 * then report the resident set size. It takes the core's heap settings first, as every entry does.
 */
import '../../main/core/heap.js';
import { createContext } from '../../main/cli/context.js';
import { openCache } from '../../main/core/cache/index.js';

const [dataDir = ''] = process.argv.slice(2);
const ctx = createContext({ dataDir });
const baseline = process.memoryUsage().rss;
const synced = await ctx.call('sync:run', {});
const found = await ctx.call('tasks:list', { search: 'quarterly invoice', status: 'all', limit: 200 });
const usage = process.memoryUsage();
// Counted after the measurement, on a connection of its own (a listing's total stops counting at a step past its page).
const counter = openCache(dataDir);
const cachedTasks = counter.tasks.count({ status: 'all' });
counter.close();
process.stdout.write(
  `${JSON.stringify({
    rssBytes: usage.rss,
    heapUsedBytes: usage.heapUsed,
    baselineRssBytes: baseline,
    cachedTasks,
    pulledTasks: synced.accounts.reduce((n, a) => n + a.pulled.tasks, 0),
    errors: synced.accounts.filter((a) => a.error).map((a) => a.error?.message),
    searchHits: found.total,
  })}\n`,
);
await ctx.close();
process.exit(0);
