import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { table } from '../output.js';
import type { Run } from '../run.js';
import { printMutation } from './tasks.js';

/** `members`: the people each account can see (pulled by sync); `delete`: a task, on the service. */
export function registerPeople(program: Command, run: Run): void {
  program
    .command('members')
    .option('--account <id>')
    .description('list the people each account can see (assignees are given by these names or e-mails)')
    .action(
      run(async (ctx: CliContext, opts: { account?: string }) => {
        const rows = (await ctx.call('members:list', { accountId: opts.account })).map((m) => ({
          accountId: m.accountId,
          remoteId: m.remoteId,
          name: m.name,
          email: m.email,
        }));
        ctx.out.result(rows, () => table(rows, ['accountId', 'remoteId', 'name', 'email']));
      }),
    );

  program
    .command('delete')
    .argument('<key>')
    .description('delete a task on the service (queued when the service cannot be reached)')
    .action(run(async (ctx: CliContext, key: string) => printMutation(ctx, await ctx.call('tasks:delete', { key }))));
}
