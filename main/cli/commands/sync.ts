import { Option, type Command } from 'commander';
import type { MergedFields } from '../../../shared/contract.js';
import { mergedFile, outboxId, UsageError } from '../arguments.js';
import { table } from '../output.js';
import type { Run } from '../run.js';
import { printMutation } from './tasks.js';
import { errorSentence } from '../../../shared/messages/errorSentence.js';
import { describeOutboxChange, type OutboxNames } from '../../../shared/messages/outboxWords.js';
import type { CliContext } from '../context.js';

/** Account labels and project names for the outbox's words, as the app's lists have them. */
async function outboxNames(ctx: CliContext): Promise<OutboxNames> {
  const [accounts, projects] = await Promise.all([ctx.call('accounts:list', {}), ctx.call('projects:list', {})]);
  return {
    account: (id) => accounts.find((a) => a.id === id)?.label ?? null,
    project: (accountId, remoteId) => projects.find((p) => p.accountId === accountId && p.remoteId === remoteId)?.name ?? null,
  };
}

export function registerSync(program: Command, run: Run): void {
  program
    .command('sync')
    .option('--account <id>')
    .description('send queued changes, then pull every account (or one) into the cache')
    .action(
      run(async (ctx, opts: { account?: string }) => {
        const core = await ctx.core();
        const off = core.events.on('sync:changed', (s) => {
          if (s.progress) ctx.out.progress(`${s.provider} ${s.progress.phase}`, s.progress.done, s.progress.total);
        });
        const result = await ctx.call('sync:run', { accountId: opts.account }).finally(() => {
          off();
          ctx.out.progressDone();
        });
        ctx.out.result(result, () =>
          table(
            result.accounts.map((a) => ({ ...a, ...a.pulled, error: a.error ? errorSentence(a.error) : '' })),
            ['id', 'projects', 'tasks', 'news', 'time', 'pushed', 'failed', 'conflicts', 'error'],
          ),
        );
        return result.accounts.some((a) => a.error) ? 1 : 0;
      }),
    );

  program
    .command('push')
    .option('--account <id>')
    .description('send queued changes now')
    .action(
      run(async (ctx, opts: { account?: string }) => {
        const rows = (await ctx.call('outbox:push', { accountId: opts.account })).accounts;
        ctx.out.result({ accounts: rows }, () =>
          table(
            rows.map((r) => ({ ...r, error: r.error ? errorSentence(r.error) : '' })),
            ['id', 'pushed', 'failed', 'conflicts', 'error'],
          ),
        );
        return rows.some((r) => r.error) ? 1 : 0;
      }),
    );

  const outbox = program
    .command('outbox')
    .description('changes waiting to reach a service')
    .action(
      run(async (ctx) => {
        const entries = await ctx.call('outbox:list', {});
        const rows = entries.map(({ id, accountId, op, key, state, attempts, error }) => ({
          id,
          accountId,
          op,
          key,
          state,
          attempts,
          error,
        }));
        // The words need the accounts' and projects' names; --json keeps the rows as they were.
        const names = ctx.out.json ? null : await outboxNames(ctx);
        ctx.out.result(rows, () =>
          table(
            entries.map((e) => ({
              id: e.id,
              change: names ? describeOutboxChange(e, names) : e.op,
              state: e.state,
              attempts: e.attempts,
              error: e.error ? errorSentence(e.error) : '',
            })),
            ['id', 'change', 'state', 'attempts', 'error'],
          ),
        );
      }),
    );
  outbox
    .command('retry')
    .argument('<id>', 'outbox entry id', outboxId)
    .description('send a failed or queued entry again now')
    .action(run(async (ctx, id: number) => printMutation(ctx, await ctx.call('outbox:retry', { id }))));
  outbox
    .command('discard')
    .argument('<id>', 'outbox entry id', outboxId)
    .description('drop a change; the cache goes back to what the server has')
    .action(
      run(async (ctx, id: number) => {
        await ctx.call('outbox:discard', { id });
        ctx.out.result({ id, discarded: true }, () => `discarded ${id}`);
      }),
    );

  const conflicts = program
    .command('conflicts')
    .description('open conflicts')
    .action(
      run(async (ctx) => {
        const rows = (await ctx.call('conflicts:list', {})).map(({ id, accountId, kind, key, title, fields }) => ({
          id,
          accountId,
          kind,
          key,
          title,
          fields,
        }));
        ctx.out.result(rows, () =>
          table(
            rows.map((r) => ({ ...r, fields: Object.keys(r.fields).join(', ') })),
            ['id', 'kind', 'title', 'fields'],
          ),
        );
      }),
    );
  conflicts
    .command('resolve')
    .argument('<id>')
    .addOption(
      new Option('--keep <side>', 'mine or theirs (for a delete-write conflict: mine keeps the item, theirs lets it go)')
        .choices(['mine', 'theirs'])
        .conflicts('merged'),
    )
    .addOption(
      new Option('--merged <file>', 'a JSON file of {field: value} to save (title, details, status, dueDate, …)').argParser(
        mergedFile,
      ),
    )
    .description('settle a conflict on the server')
    .action(
      run(async (ctx, id: string, opts: { keep?: 'mine' | 'theirs'; merged?: MergedFields }) => {
        if (opts.keep === undefined && opts.merged === undefined) {
          throw new UsageError('Give one of --keep mine|theirs or --merged FILE.json', 'keep');
        }
        const conflict = (await ctx.call('conflicts:list', {})).find((c) => c.id === id);
        if (conflict?.kind === 'delete-write' && opts.keep) {
          return printMutation(
            ctx,
            await ctx.call('conflicts:resolve', { id, deleteWrite: opts.keep === 'mine' ? 'keep' : 'drop' }),
          );
        }
        return printMutation(
          ctx,
          await ctx.call('conflicts:resolve', opts.merged ? { id, merged: opts.merged } : { id, keep: opts.keep }),
        );
      }),
    );
  conflicts
    .command('undo')
    .argument('<id>')
    .description('open a settled conflict again')
    .action(run(async (ctx, id: string) => printMutation(ctx, await ctx.call('conflicts:undo', { id }))));
}
