import type { Command } from 'commander';
import { table } from '../output.js';
import type { Run } from '../run.js';
import { printMutation } from './tasks.js';

/** Workity notes: listed from the cache, added and edited through the outbox like tasks. */
export function registerNotes(program: Command, run: Run): void {
  program
    .command('notes')
    .option('--account <id>')
    .option('--project <remoteId>')
    .description('Workity notes from the cache')
    .action(
      run(async (ctx, opts: { account?: string; project?: string }) => {
        const rows = (await ctx.call('notes:list', { accountId: opts.account, projectRemoteId: opts.project })).map((n) => ({
          key: n.key,
          accountId: n.accountId,
          projectRemoteId: n.projectRemoteId,
          remoteId: n.remoteId || null,
          title: n.title,
          text: n.details,
          modifiedAt: n.updatedAt,
        }));
        ctx.out.result(rows, () => table(rows, ['key', 'title', 'modifiedAt']));
      }),
    );

  const note = program.command('note').description('add or edit a Workity note');
  note
    .command('add')
    .argument('<title>')
    .requiredOption('--account <id>')
    .requiredOption('--project <remoteId>')
    .option('--text <text>')
    .description('add a note (sent now, or queued when the service cannot be reached)')
    .action(
      run(async (ctx, title: string, opts: { account: string; project: string; text?: string }) =>
        printMutation(
          ctx,
          await ctx.call('notes:add', { accountId: opts.account, projectRemoteId: opts.project, title, text: opts.text }),
        ),
      ),
    );
  note
    .command('edit')
    .argument('<key>')
    .option('--title <text>')
    .option('--text <text>')
    .description("change a note's title or text")
    .action(
      run(async (ctx, key: string, opts: { title?: string; text?: string }) =>
        printMutation(ctx, await ctx.call('notes:edit', { key, title: opts.title, text: opts.text })),
      ),
    );
}
