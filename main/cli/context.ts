import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel, Input, Output as ChannelOutput } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import type { Core } from '../core/app.js';
import { createCore } from '../core/createCore.js';
import { dispatch } from '../core/dispatch.js';
import { passphraseCipherFor } from '../core/vault/vault.js';
import { defaultDataDir } from './dataDir.js';
import { createOutput, type Output } from './output.js';
import { appRoot } from './paths.js';
import { promptHidden } from './prompt.js';
import { namingService } from './serviceOfError.js';

export interface GlobalOptions {
  dataDir?: string;
  json?: boolean;
  /** Log lines to stderr instead of the log file. */
  verbose?: boolean;
}

export interface CliContext {
  dataDir: string;
  out: Output;
  /** Calls the core through the same validation every host uses; a failure throws its AppError. */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<ChannelOutput<C>>;
  core(): Promise<Core>;
  /** Asks for the passphrase now (the web host needs the vault from the start). */
  unlock(): Promise<void>;
  close(): Promise<void>;
}

let cachedPassphrase: string | null = null;

/** Channels that reach a service, and so need the vault open; the rest read the cache only. */
const NEEDS_VAULT = new Set<Channel>([
  'accounts:add',
  'accounts:test',
  'accounts:remove',
  'tasks:add',
  'tasks:edit',
  'tasks:delete',
  'comments:list',
  'comments:add',
  'notes:add',
  'notes:edit',
  'files:list',
  'files:add',
  'files:get',
  'news:reset',
  'conflicts:resolve',
  'conflicts:undo',
  'timers:stop',
  'time:log',
  'time:edit',
  'time:delete',
  'timers:start',
  'outbox:retry',
  'sync:run',
  'outbox:push',
]);

/** The vault passphrase: WORKTRAY_PASSPHRASE, else asked on a terminal, else a clear error. */
export async function resolvePassphrase(env = process.env): Promise<string> {
  if (env.WORKTRAY_PASSPHRASE) return env.WORKTRAY_PASSPHRASE;
  if (cachedPassphrase) return cachedPassphrase;
  if (process.stdin.isTTY && process.stderr.isTTY) {
    cachedPassphrase = await promptHidden('Worktray vault passphrase: ');
    return cachedPassphrase;
  }
  throw new AppError('auth', 'The vault is locked: set WORKTRAY_PASSPHRASE or run on a terminal to be asked for the passphrase', {
    field: 'passphrase',
  });
}

export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export function createContext(
  options: GlobalOptions,
  host: 'cli' | 'web' = 'cli',
  background = false,
  settleWaitMs?: number,
): CliContext {
  // The web host unlocks the vault up front (pass it in); the CLI asks only when a command needs it.
  const dataDir = options.dataDir ?? defaultDataDir();
  const out = createOutput(options.json === true);
  let core: Core | null = null;
  let passphrase: string | null = null;
  const open = async (): Promise<Core> => {
    if (core) return core;
    core = createCore({
      dataDir,
      host,
      background,
      settleWaitMs,
      version: packageVersion(),
      cipher: () => {
        if (passphrase === null) {
          throw new AppError(
            'auth',
            'The vault is locked: set WORKTRAY_PASSPHRASE or run on a terminal to be asked for the passphrase',
            {
              field: 'passphrase',
            },
          );
        }
        return passphraseCipherFor(dataDir, passphrase);
      },
    });
    return core;
  };
  return {
    dataDir,
    out,
    core: open,
    async unlock() {
      passphrase ??= await resolvePassphrase();
    },
    async call(channel, input) {
      if (NEEDS_VAULT.has(channel) && passphrase === null) passphrase = await resolvePassphrase();
      const { handlers } = await open();
      const result = await dispatch(handlers, channel, input);
      if (!result.ok) throw AppError.fromPayload(await namingService(handlers, result.error, input));
      return result.value as ChannelOutput<typeof channel>;
    },
    async close() {
      await core?.close();
      core = null;
    },
  };
}
