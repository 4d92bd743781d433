import type { Command } from 'commander';
import { AppError } from '../../../shared/errors.js';
import { ProviderIdSchema } from '../../../shared/model.js';
import { table } from '../output.js';
import { readSecretLine } from '../prompt.js';

import type { Run } from '../run.js';

export function registerAccounts(program: Command, run: Run): void {
  const accounts = program.command('accounts').description('add, list, test and remove accounts');

  accounts
    .command('add')
    .argument('<provider>', 'worksnaps, worksection, workity or webwork')
    .requiredOption('--label <text>', 'a name for the account')
    .option('--base-url <url>', "the service's address (default: the vendor's)")
    .option('--email <email>', 'the login e-mail (Workity)')
    .option('--workspace <id>', 'the WebWork workspace (default: the first the token sees)')
    .option('--no-verify', 'save without checking the credentials against the service')
    .description('add an account; the secret (token, API key or password) is read from the first line of stdin, exactly as given')
    .action(
      run(
        async (
          ctx,
          provider: string,
          opts: { label: string; baseUrl?: string; email?: string; workspace?: string; verify: boolean },
        ) => {
          const parsed = ProviderIdSchema.safeParse(provider);
          if (!parsed.success) {
            throw new AppError('validation', `Unknown provider "${provider}": use worksnaps, worksection, workity or webwork`, {
              field: 'provider',
            });
          }
          const secret = await readSecretLine();
          if (secret.length === 0)
            throw new AppError('validation', 'No secret on stdin: pipe the API token, API key or password as the first line', {
              field: 'secret',
            });
          const account = await ctx.call('accounts:add', {
            provider: parsed.data,
            label: opts.label,
            baseUrl: opts.baseUrl,
            email: opts.email,
            workspace: opts.workspace,
            secret,
            verify: opts.verify,
          });
          ctx.out.result(
            { id: account.id, provider: account.provider, label: account.label, baseUrl: account.baseUrl },
            () => account.id,
          );
        },
      ),
    );

  accounts
    .command('list')
    .description('list accounts (never a secret)')
    .action(
      run(async (ctx) => {
        const list = (await ctx.call('accounts:list', {})).map(({ id, provider, label, baseUrl }) => ({
          id,
          provider,
          label,
          baseUrl,
        }));
        ctx.out.result(list, () => table(list, ['id', 'provider', 'label', 'baseUrl']));
      }),
    );

  accounts
    .command('test')
    .argument('<id>')
    .description('check the stored credentials against the service')
    .action(
      run(async (ctx, id: string) => {
        const result = await ctx.call('accounts:test', { id });
        ctx.out.result({ id, ...result }, () => `ok${result.userName ? `: signed in as ${result.userName}` : ''}`);
      }),
    );

  accounts
    .command('remove')
    .argument('<id>')
    .description('remove the account, its secret and its cached data')
    .action(
      run(async (ctx, id: string) => {
        await ctx.call('accounts:remove', { id });
        ctx.out.result({ id, removed: true }, () => `removed ${id}`);
      }),
    );
}
