import type { Command } from 'commander';
import type { AccountSyncReport } from '../../../shared/contract.js';
import { AppError } from '../../../shared/errors.js';
import { errorSentence } from '../../../shared/messages/errorSentence.js';
import { repairCache } from '../../core/cache/salvage.js';
import type { Run } from '../run.js';

type Pulled = AccountSyncReport['pulled'];

/**
 * `worktray repair`: a damaged cache is moved aside (never deleted), the
 * accounts and unsent changes it still holds go into a new one, and the rest
 * is fetched from the services again. The kept changes are sent by the next
 * `sync` or `push`, once the cache knows the tasks they touch.
 */
export function registerRepair(program: Command, run: Run): void {
  program
    .command('repair')
    .description('rebuild a damaged cache: keep its accounts and unsent changes, move it aside, fetch the rest again')
    .action(
      run(async (ctx) => {
        const { movedTo, kept } = repairCache(ctx.dataDir);
        const pulled: Pulled = { projects: 0, tasks: 0, news: 0, time: 0 };
        let failures: string[] = [];
        if (kept.accounts > 0) {
          await ctx.unlock();
          const reports = await (await ctx.core()).pull();
          for (const report of reports) {
            for (const key of Object.keys(pulled) as (keyof Pulled)[]) pulled[key] += report.pulled[key];
          }
          failures = reports.filter((r) => r.error).map((r) => `${r.id}: ${r.error ? errorSentence(r.error) : ''}`);
        }
        ctx.out.result({ movedTo, kept, pulled }, () =>
          [
            movedTo ? `The damaged cache was moved to ${movedTo}` : 'The cache was not damaged; nothing was moved',
            `kept ${kept.accounts} account(s) and ${kept.outbox} unsent change(s)`,
            `pulled ${pulled.projects} project(s), ${pulled.tasks} task(s), ${pulled.news} news item(s), ${pulled.time} time entries`,
            ...failures.map((f) => `could not pull ${f}; run \`worktray sync\` once the service answers`),
          ].join('\n'),
        );
        if (failures.length === 0) return 0;
        // The JSON document keeps CLI.md's shape; which accounts could not be pulled is the one error on stderr.
        if (ctx.out.json) {
          return ctx.out.failure(new AppError('offline', `The cache was rebuilt, but could not pull ${failures.join('; ')}`));
        }
        return 1;
      }),
    );
}
