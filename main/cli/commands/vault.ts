import type { Command } from 'commander';
import { AppError } from '../../../shared/errors.js';
import { addPassphraseSlot } from '../../core/vault/addPassphrase.js';
import { promptHidden } from '../prompt.js';
import type { Run } from '../run.js';

const onTerminal = (): boolean => Boolean(process.stdin.isTTY && process.stderr.isTTY);

/** The new passphrase: WORKTRAY_PASSPHRASE, else typed twice on a terminal. */
async function newPassphrase(env = process.env): Promise<string> {
  if (env.WORKTRAY_PASSPHRASE) return env.WORKTRAY_PASSPHRASE;
  if (!onTerminal())
    throw new AppError('validation', 'Give the new passphrase in WORKTRAY_PASSPHRASE, or run on a terminal to type it', {
      field: 'passphrase',
    });
  const first = await promptHidden('New vault passphrase: ');
  if (first !== (await promptHidden('Repeat the new passphrase: ')))
    throw new AppError('validation', 'The two passphrases differ; nothing was changed', { field: 'passphrase' });
  return first;
}

async function currentPassphrase(): Promise<string> {
  if (!onTerminal())
    throw new AppError(
      'auth',
      'That passphrase does not open the vault yet; run `worktray vault add-passphrase` on a terminal to be asked for the current one',
      { field: 'passphrase' },
    );
  return promptHidden('Current vault passphrase: ');
}

export function registerVault(program: Command, run: Run): void {
  const vault = program.command('vault').description('the encrypted store of tokens and passwords');
  vault
    .command('add-passphrase')
    .description(
      'add a passphrase that opens the vault (new passphrase from WORKTRAY_PASSPHRASE or a prompt); a vault made by the desktop app gets one from its Accounts page',
    )
    .action(
      run(async (ctx) => {
        const result = await addPassphraseSlot(ctx.dataDir, await newPassphrase(), currentPassphrase);
        ctx.out.result(result, () =>
          result.added ? 'passphrase added' : 'this passphrase already opens the vault; nothing was changed',
        );
      }),
    );
}
