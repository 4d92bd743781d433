import { InvalidArgumentError, Option, type Command } from 'commander';
import { stampToInstant } from '../../../shared/dates/index.js';
import { minutes, UsageError } from '../arguments.js';
import type { Run } from '../run.js';
import { printMutation } from './tasks.js';

/*
 * Booking time: `time log|edit|delete` under the `time` listing and
 * `timers start` beside `timers stop` (both groups are made in records.ts).
 */

/** --start/--end: ISO 8601; a bare local time is the user's zone. Unreadable is a usage error naming the option. */
function dateTimeOption(value: string): string {
  const instant = stampToInstant(value);
  if (!instant) throw new InvalidArgumentError('expected an ISO 8601 date and time such as 2026-12-01T09:00');
  return instant;
}

const endOption = () => new Option('--end <datetime>', 'ISO 8601; a bare local time is your zone').argParser(dateTimeOption);
const minutesOption = () => new Option('--minutes <n>', 'how long, in whole minutes').argParser(minutes).conflicts('end');

function group(program: Command, name: string): Command {
  const found = program.commands.find((c) => c.name() === name);
  if (!found) throw new Error(`the '${name}' command group must be registered before its time commands`);
  return found;
}

/**
 * --account of a subcommand. The group's listing has an --account of its own,
 * and commander hands the option to whichever of the two reads it first, so it
 * is taken from both and its absence is a usage error like a required option's.
 */
function accountOf(command: Command): string {
  const account = command.optsWithGlobals<{ account?: string }>().account;
  if (!account) throw new UsageError("required option '--account <id>' not specified", 'account');
  return account;
}

interface LogOptions {
  project: string;
  task?: string;
  start: string;
  end?: string;
  minutes?: number;
  note?: string;
}

export function registerTime(program: Command, run: Run): void {
  const time = group(program, 'time');
  const log = time.command('log');
  log
    .option('--account <id>', 'the account (required)')
    .requiredOption('--project <remoteId>')
    .option('--task <remoteId>')
    .requiredOption('--start <datetime>', 'ISO 8601; a bare local time is your zone', dateTimeOption)
    .addOption(endOption())
    .addOption(minutesOption())
    .option('--note <text>')
    .description('book time on the service (sent now, or queued when it cannot be reached)')
    .action(
      run(async (ctx, opts: LogOptions) =>
        printMutation(
          ctx,
          await ctx.call('time:log', {
            accountId: accountOf(log),
            projectRemoteId: opts.project,
            taskRemoteId: opts.task,
            start: opts.start,
            end: opts.end,
            minutes: opts.minutes,
            note: opts.note,
          }),
        ),
      ),
    );

  time
    .command('edit')
    .argument('<key>')
    .option('--start <datetime>', 'ISO 8601; a bare local time is your zone', dateTimeOption)
    .addOption(endOption())
    .addOption(minutesOption())
    .option('--note <text>')
    .description('change a booked entry where the service allows it')
    .action(
      run(async (ctx, key: string, opts: Omit<LogOptions, 'project' | 'task' | 'start'> & { start?: string }) =>
        printMutation(ctx, await ctx.call('time:edit', { key, ...opts })),
      ),
    );

  time
    .command('delete')
    .argument('<key>')
    .description('delete a booked entry where the service allows it')
    .action(run(async (ctx, key: string) => printMutation(ctx, await ctx.call('time:delete', { key }))));

  const start = group(program, 'timers').command('start');
  start
    .option('--account <id>', 'the account (required)')
    .option('--project <remoteId>')
    .option('--task <remoteId>')
    .option('--note <text>')
    .description("start the service's own timer (WebWork tracking)")
    .action(
      run(async (ctx, opts: { project?: string; task?: string; note?: string }) => {
        const timer = await ctx.call('timers:start', {
          accountId: accountOf(start),
          projectRemoteId: opts.project,
          taskRemoteId: opts.task,
          note: opts.note,
        });
        const shown = { id: timer.key, accountId: timer.accountId, start: timer.startedAt };
        ctx.out.result(shown, () => `started ${timer.title} (${timer.key})`);
      }),
    );
}
