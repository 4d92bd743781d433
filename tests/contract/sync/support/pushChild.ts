/**
 * The pusher as its own process, for the crash test: opens the core on a data
 * folder, says "ready", pushes until the outbox is empty, says "done". The
 * parent SIGKILLs it at random moments and starts it again.
 */
import { createCore } from '../../../../main/core/createCore.js';
import { passphraseCipherFor } from '../../../../main/core/vault/vault.js';

async function main(): Promise<void> {
  const [dataDir, passphrase] = process.argv.slice(2);
  if (!dataDir || !passphrase) throw new Error('usage: pushChild <dataDir> <passphrase>');
  const core = createCore({
    dataDir,
    host: 'cli',
    timeoutMs: 3_000,
    cipher: () => passphraseCipherFor(dataDir, passphrase),
    push: { retries: 8, minTimeoutMs: 5, maxTimeoutMs: 50 },
  });
  process.stdout.write('ready\n');
  for (;;) {
    const left = await core.handlers['outbox:list']({});
    if (left.length === 0) break;
    const pushed = await core.handlers['outbox:push']({});
    // A push that moves nothing would loop forever: say why and stop, so the test fails with the reason.
    if (pushed.accounts.every((a) => a.pushed + a.failed + a.conflicts === 0)) {
      throw new Error(`no progress: ${JSON.stringify({ left: left.slice(0, 3), pushed })}`);
    }
  }
  process.stdout.write('done\n');
  await core.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
