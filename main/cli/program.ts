import { Command, CommanderError } from 'commander';
import { registerAccounts } from './commands/accounts.js';
import { registerDemo } from './commands/demo.js';
import { registerHosts } from './commands/hosts.js';
import { registerRecords } from './commands/records.js';
import { registerRepair } from './commands/repair.js';
import { registerSync } from './commands/sync.js';
import { registerTasks } from './commands/tasks.js';
import { packageVersion, type GlobalOptions } from './context.js';
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
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  const run = makeRun(globals, setExit);
  registerAccounts(program, run);
  registerTasks(program, run);
  registerSync(program, run);
  registerRecords(program, run);
  registerRepair(program, run);
  registerHosts(program, globals, setExit);
  registerDemo(program, globals, setExit);
  for (const command of program.commands) command.exitOverride().showHelpAfterError();
  return program;
}

/** Runs the CLI; resolves to the exit code. Usage errors are 2, as scripts expect. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => {
    code = c;
  });
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help')
        return EXIT.ok;
      return EXIT.usage;
    }
    throw error;
  }
  return code;
}
