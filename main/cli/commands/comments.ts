import type { Command } from 'commander';
import { table } from '../output.js';
import type { Run } from '../run.js';
import { printMutation } from './tasks.js';

/** A task's comments (Worksection); posting one is a queued change like any edit. */
export function registerComments(program: Command, run: Run): void {
  program
    .command('comments')
    .argument('<key>', "the task's key or remote id")
    .description("a task's comments, read from the service")
    .action(
      run(async (ctx, key: string) => {
        const rows = (await ctx.call('comments:list', { key })).map((c) => ({
          id: c.remoteId,
          author: c.author,
          at: c.createdAt,
          text: c.text,
        }));
        ctx.out.result(rows, () => table(rows, ['at', 'author', 'text']));
      }),
    );

  program
    .command('comment')
    .argument('<key>', "the task's key or remote id")
    .argument('<text>')
    .description('add a comment to a task (sent now, or queued when the service cannot be reached)')
    .action(run(async (ctx, key: string, text: string) => printMutation(ctx, await ctx.call('comments:add', { key, text }))));
}
