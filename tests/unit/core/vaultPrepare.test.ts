import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPassphraseCipher } from '../../../main/core/vault/passphraseCipher.js';
import { prepareUnlock } from '../../../main/core/vault/unlock.js';
import { openVault } from '../../../main/core/vault/vault.js';

const newDir = () => mkdtempSync(join(tmpdir(), 'wt-prepare-'));

/** Turns of the event loop that ran while `work` was pending. */
async function turnsDuring(work: () => Promise<void>): Promise<number> {
  let turns = 0;
  let pending = true;
  const tick = (): void => {
    if (!pending) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  pending = false;
  return turns;
}

describe("a long-lived host's unlock made ahead of time", () => {
  it("derives the passphrase's key while the event loop keeps turning, and the open then uses it", async () => {
    const dir = newDir();
    openVault(dir, createPassphraseCipher('correct horse')).set('acc', 'tok_123');
    const cipher = createPassphraseCipher('correct horse');
    // scrypt at N = 2^15 takes tens of milliseconds: on the main thread, no turn could run meanwhile.
    expect(await turnsDuring(() => prepareUnlock(dir, cipher))).toBeGreaterThan(2);
    expect(openVault(dir, cipher).get('acc')).toBe('tok_123');
  });

  it('a wrong passphrase prepared ahead still fails to open, as a wrong passphrase', async () => {
    const dir = newDir();
    openVault(dir, createPassphraseCipher('correct horse')).set('acc', 'tok_123');
    const wrong = createPassphraseCipher('wrong horse');
    await prepareUnlock(dir, wrong);
    expect(() => openVault(dir, wrong).get('acc')).toThrow(/wrong passphrase/i);
  });

  it('has nothing to do where there is no vault yet', async () => {
    const dir = newDir();
    await expect(prepareUnlock(dir, createPassphraseCipher('first'))).resolves.toBeUndefined();
    openVault(dir, createPassphraseCipher('first')).set('acc', 'tok');
    expect(openVault(dir, createPassphraseCipher('first')).get('acc')).toBe('tok');
  });
});
