import type { Command } from 'commander';
import { AppError } from '../../../shared/errors.js';
import { dayOption } from '../dateOptions.js';
import { table } from '../output.js';
import type { Run } from '../run.js';

export function registerRecords(program: Command, run: Run): void {
  const news = program
    .command('news')
    .option('--account <id>')
    .description("Workity's news feed: items others changed since you last reset it")
    .action(
      run(async (ctx, opts: { account?: string }) => {
        const rows = (await ctx.call('news:list', { accountId: opts.account })).map(
          ({ key, accountId, kind, title, modifiedBy, modifiedAt }) => ({
            key,
            accountId,
            kind,
            title,
            modifiedBy,
            modifiedAt,
          }),
        );
        ctx.out.result(rows, () => table(rows, ['modifiedAt', 'kind', 'modifiedBy', 'title']));
      }),
    );
  news
    .command('reset')
    .option('--account <id>', 'the Workity account (required)')
    .description('mark everything read on the server (ResetNews)')
    .action(
      run(async (ctx, opts: { account?: string }) => {
        // `news` has its own --account, and commander hands the flag to the parent: read it from either.
        const accountId = opts.account ?? news.opts<{ account?: string }>().account;
        if (!accountId) throw new AppError('validation', 'news reset needs --account ID', { field: 'account' });
        await ctx.call('news:reset', { accountId });
        ctx.out.result({ accountId, reset: true }, () => 'news marked read');
      }),
    );

  program
    .command('time')
    .option('--account <id>')
    .option('--from <date>', 'YYYY-MM-DD, today, mon …', dayOption)
    .option('--to <date>', 'YYYY-MM-DD, today, mon …', dayOption)
    .description('time entries (Worksnaps, WebWork) and costs (Worksection) from the cache')
    .action(
      run(async (ctx, opts: { account?: string; from?: string; to?: string }) => {
        const rows = await ctx.call('time:list', { accountId: opts.account, from: opts.from, to: opts.to });
        ctx.out.result(rows, () => table(rows, ['start', 'minutes', 'kind', 'projectRemoteId', 'taskRemoteId', 'note']));
      }),
    );

  const timers = program
    .command('timers')
    .option('--account <id>')
    .description('running timers (Worksection, WebWork)')
    .action(
      run(async (ctx, opts: { account?: string }) => {
        const rows = await ctx.call('timers:list', { accountId: opts.account });
        ctx.out.result(rows, () => table(rows, ['key', 'title', 'userName', 'startedAt']));
      }),
    );
  timers
    .command('stop')
    .argument('<id>', "the timer's key or remote id")
    .description('stop a running timer')
    .action(
      run(async (ctx, id: string) => {
        const timer = (await ctx.call('timers:list', {})).find((t) => t.key === id || t.remoteId === id);
        if (!timer) throw new AppError('not-found', `No running timer ${id} in the cache (run sync first)`, { field: 'id' });
        await ctx.call('timers:stop', { key: timer.key });
        ctx.out.result({ key: timer.key, stopped: true }, () => `stopped ${timer.title}`);
      }),
    );
}
