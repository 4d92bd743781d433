import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPassphraseVault } from '../../../main/core/vault/vault.js';

const SECRET = 'tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

describe('vault', () => {
  it('keeps secrets encrypted at rest: no file in the folder holds the secret', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wt-vault-'));
    openPassphraseVault(dir, 'correct horse').set('acc1', SECRET);
    for (const file of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, file));
      expect(bytes.includes(Buffer.from(SECRET))).toBe(false);
      expect(bytes.includes(Buffer.from(Buffer.from(SECRET).toString('base64')))).toBe(false);
    }
    expect(openPassphraseVault(dir, 'correct horse').get('acc1')).toBe(SECRET);
  });

  it('refuses a wrong passphrase with a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wt-vault-'));
    openPassphraseVault(dir, 'correct horse').set('acc1', SECRET);
    expect(() => openPassphraseVault(dir, 'wrong horse')).toThrow(/wrong passphrase/);
  });

  it('refuses a tampered entry instead of returning garbage or plain text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wt-vault-'));
    openPassphraseVault(dir, 'pw').set('acc1', SECRET);
    const file = join(dir, 'vault.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { secrets: Record<string, string> };
    const sealed = data.secrets.acc1 as string;
    const flipped = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    writeFileSync(file, JSON.stringify({ ...data, secrets: { acc1: flipped } }));
    expect(() => openPassphraseVault(dir, 'pw').get('acc1')).toThrow(/tampered/);
  });

  it('refuses a vault file that is not JSON any more', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wt-vault-'));
    openPassphraseVault(dir, 'pw').set('acc1', SECRET);
    writeFileSync(join(dir, 'vault.json'), '{"secrets": {"acc1": ');
    expect(() => openPassphraseVault(dir, 'pw')).toThrow(/not readable|tampered/);
  });
});
