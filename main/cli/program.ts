import { Command, CommanderError } from 'commander';
import { registerAccounts } from './commands/accounts.js';
import { registerComments } from './commands/comments.js';
import { registerDemo } from './commands/demo.js';
import { registerFiles } from './commands/files.js';
import { registerHosts } from './commands/hosts.js';
import { registerNotes } from './commands/notes.js';
import { registerPeople } from './commands/people.js';
import { registerRecords } from './commands/records.js';
import { registerRepair } from './commands/repair.js';
import { registerSync } from './commands/sync.js';
import { registerTasks } from './commands/tasks.js';
import { registerTime } from './commands/time.js';
import { registerVault } from './commands/vault.js';
import { fieldOfUsage } from './arguments.js';
import { packageVersion, type GlobalOptions } from './context.js';
import { defaultDataDir } from './dataDir.js';
import { earlyFlags, routeLogs } from './logs.js';
import { createOutput } from './output.js';
import { makeRun } from './run.js';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Builds the `worktray` command; `setExit` receives each command's exit code. */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('worktray');
  program
    .description('One tray app for Worksnaps, Worksection, Workity and WebWork Tracker')
    .version(packageVersion())
    .option('--data-dir <dir>', 'where cache, settings and vault live (or WORKTRAY_DATA_DIR)')
    .option('--json', 'print exactly one JSON document on stdout')
    .option('--verbose', 'write log lines to stderr (otherwise to logs/worktray.log in the data folder)')
    .exitOverride()
    // main() prints usage errors itself: one line and a pointer to --help, or one JSON document.
    // (commander writes to writeErr only the help it shows for a missing subcommand; main says that in one line.)
    .configureOutput({ writeErr: () => undefined, outputError: () => undefined });
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  const run = makeRun(globals, setExit);
  registerAccounts(program, run);
  registerTasks(program, run);
  registerPeople(program, run);
  registerSync(program, run);
  registerRecords(program, run);
  registerComments(program, run);
  registerNotes(program, run);
  registerFiles(program, run);
  registerTime(program, run);
  registerRepair(program, run);
  registerHosts(program, globals, setExit);
  registerDemo(program, globals, setExit);
  registerVault(program, run);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** `worktray accounts` alone: the command group that was named, and what it needs next. */
function missingCommand(program: Command, argv: string[]): string {
  let command = program;
  const path: string[] = [];
  for (const arg of argv.slice(2)) {
    const sub = command.commands.find((c) => c.name() === arg);
    if (sub) {
      command = sub;
      path.push(arg);
    }
  }
  const names = command.commands.map((c) => c.name()).join(', ');
  return path.length === 0 ? `a command is needed: ${names}` : `'${path.join(' ')}' needs a command: ${names}`;
}

/** Runs the CLI; resolves to the exit code. Usage errors are 2, as scripts expect. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => {
    code = c;
  });
  const flags = earlyFlags(argv);
  routeLogs(flags.verbose, () => program.opts<GlobalOptions>().dataDir ?? defaultDataDir());
  if (argv.length <= 2) {
    process.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      const message = error.code === 'commander.help' ? missingCommand(program, argv) : error.message.replace(/^error: /, '');
      return createOutput(flags.json).usage(message, fieldOfUsage(message));
    }
    // Whatever escaped a command still ends as one line (or one JSON document), not a stack trace.
    return createOutput(flags.json).failure(error);
  }
  return code;
}
