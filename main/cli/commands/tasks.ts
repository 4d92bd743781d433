import { Option, type Command } from 'commander';
import type { MutationResult } from '../../../shared/contract.js';
import { AppError } from '../../../shared/errors.js';
import { errorSentence } from '../../../shared/messages/errorSentence.js';
import type { Member, Task, TaskPatch } from '../../../shared/model.js';
import { limit } from '../arguments.js';
import type { CliContext } from '../context.js';
import { dayOption, dueOption } from '../dateOptions.js';
import { table } from '../output.js';
import type { Run } from '../run.js';
import { addPeopleOptions, asUsage, assigneesOf, peopleIndex, priorityOf, taskExtras, type PeopleFlags } from './taskOptions.js';

const STATUS = { open: 'not-done', doing: 'doing', done: 'done', all: 'all' } as const;

function taskRow(t: Task, people: Map<string, Member>) {
  return {
    key: t.key,
    provider: t.provider,
    accountId: t.accountId,
    projectRemoteId: t.projectRemoteId,
    remoteId: t.remoteId,
    title: t.title,
    details: t.details,
    status: t.status,
    dueDate: t.dueDate,
    updatedAt: t.updatedAt,
    pending: t.pending,
    conflict: t.conflict,
    ...taskExtras(t, people),
  };
}

interface AddOptions extends PeopleFlags {
  account: string;
  project: string;
  details?: string;
  due?: string;
  parent?: string;
}

interface EditOptions extends PeopleFlags {
  title?: string;
  details?: string;
  due?: string | null;
  status?: 'open' | 'doing' | 'done';
}

/** Prints a change's fate; a refusal exits 1, a queued change is fine (exit 0). */
export function printMutation(ctx: CliContext, answer: MutationResult): number {
  // tasks:add also answers with the task; the command prints the fields CLI.md names.
  const result: MutationResult = { key: answer.key, state: answer.state, remoteId: answer.remoteId, error: answer.error };
  ctx.out.result(result, () => {
    if (result.state === 'sent') return `sent: ${result.key}${result.remoteId ? ` (id ${result.remoteId})` : ''}`;
    if (result.state === 'queued') return `queued: ${result.key} (the service could not be reached; it will be sent later)`;
    return `failed: ${result.key}: ${result.error ? errorSentence(result.error) : 'the service refused it'}`;
  });
  return result.state === 'failed' ? 1 : 0;
}

export function registerTasks(program: Command, run: Run): void {
  program
    .command('projects')
    .option('--account <id>')
    .description('list cached projects')
    .action(
      run(async (ctx, opts: { account?: string }) => {
        const projects = (await ctx.call('projects:list', { accountId: opts.account })).map((p) => ({
          key: p.key,
          accountId: p.accountId,
          remoteId: p.remoteId,
          name: p.name,
        }));
        ctx.out.result(projects, () => table(projects, ['accountId', 'remoteId', 'name']));
      }),
    );

  program
    .command('tasks')
    .option('--account <id>')
    .option('--project <remoteId>')
    .addOption(
      new Option('--status <status>', 'open (not done), doing, done or all').choices(Object.keys(STATUS)).default('open'),
    )
    .option('--search <text>', 'full-text search over title and details')
    .option('--limit <n>', 'at most this many (1 to 100000)', limit)
    .description('list cached tasks')
    .action(
      run(
        async (
          ctx,
          opts: { account?: string; project?: string; status: keyof typeof STATUS; search?: string; limit?: number },
        ) => {
          const status = STATUS[opts.status];
          const { tasks } = await ctx.call('tasks:list', {
            accountId: opts.account,
            projectRemoteId: opts.project,
            status: status,
            search: opts.search,
            limit: opts.limit ?? 100_000,
          });
          const people = await peopleIndex(ctx, opts.account);
          const rows = tasks.map((t) => taskRow(t, people));
          ctx.out.result(rows, () =>
            table(
              rows.map((r) => ({ ...r, pending: r.pending ? '*' : '' })),
              ['key', 'status', 'dueDate', 'pending', 'title'],
            ),
          );
        },
      ),
    );

  addPeopleOptions(
    program
      .command('add')
      .argument('<title>')
      .requiredOption('--account <id>')
      .requiredOption('--project <remoteId>')
      .option('--details <text>')
      .option('--due <date>', 'YYYY-MM-DD, or what you would say: tomorrow, fri, dec 24', dayOption)
      .option('--parent <remoteId>', 'make it a subtask of this task (where the service has subtasks)'),
  )
    .description('add a task (sent now, or queued when the service cannot be reached)')
    .action(
      run(async (ctx, title: string, opts: AddOptions) => {
        const account = (await ctx.call('accounts:list', {})).find((a) => a.id === opts.account);
        if (!account) throw new AppError('not-found', `No account with id ${opts.account}`, { field: 'account' });
        const added = ctx.call('tasks:add', {
          accountId: opts.account,
          projectRemoteId: opts.project,
          title,
          details: opts.details,
          dueDate: opts.due,
          parentRemoteId: opts.parent,
          assignees: assigneesOf(opts),
          priority: await priorityOf(ctx, account.provider, opts.priority),
        });
        return printMutation(ctx, await asUsage(added));
      }),
    );

  addPeopleOptions(
    program
      .command('edit')
      .argument('<key>')
      .option('--title <text>')
      .option('--details <text>')
      .option('--due <date>', 'YYYY-MM-DD or tomorrow, fri, dec 24; "none" to clear', dueOption)
      .addOption(new Option('--status <status>').choices(['open', 'doing', 'done'])),
  )
    .description("change a task's title, details, due date, assignees, priority or status")
    .action(
      run(async (ctx, key: string, opts: EditOptions) => {
        const patch: TaskPatch = {};
        if (opts.title !== undefined) patch.title = opts.title;
        if (opts.details !== undefined) patch.details = opts.details;
        if (opts.due !== undefined) patch.dueDate = opts.due;
        if (opts.status !== undefined) patch.status = opts.status;
        const assignees = assigneesOf(opts);
        if (assignees !== undefined) patch.assignees = assignees;
        if (opts.priority !== undefined) {
          const task = await ctx.call('tasks:get', { key });
          patch.priority = await priorityOf(ctx, task.provider, opts.priority);
        }
        return printMutation(ctx, await asUsage(ctx.call('tasks:edit', { key, patch })));
      }),
    );

  for (const [name, status] of [
    ['done', 'done'],
    ['reopen', 'open'],
  ] as const) {
    program
      .command(name)
      .argument('<key>')
      .description(name === 'done' ? 'mark a task done' : 'open a done task again')
      .action(run(async (ctx, key: string) => printMutation(ctx, await ctx.call('tasks:edit', { key, patch: { status } }))));
  }
}
