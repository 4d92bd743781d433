import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openPassphraseVault } from '../../../main/core/vault/vault.js';
import { readSecretLine } from '../../../main/cli/prompt.js';
import { runCli } from '../../helpers/cli.js';

function stdinOf(...chunks: (string | Buffer)[]): PassThrough {
  const stream = new PassThrough();
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  return stream;
}

describe('reading a secret from stdin', () => {
  it('keeps every byte up to the line ending, spaces and tabs included', async () => {
    await expect(readSecretLine(stdinOf('  pass word\t \n'))).resolves.toBe('  pass word\t ');
    await expect(readSecretLine(stdinOf(' crlf \r\nsecond line\n'))).resolves.toBe(' crlf ');
    await expect(readSecretLine(stdinOf('no newline at all '))).resolves.toBe('no newline at all ');
    await expect(readSecretLine(stdinOf('lone cr\r'))).resolves.toBe('lone cr\r');
  });

  it('joins a line split across chunks, even inside a multi-byte character', async () => {
    const bytes = Buffer.from('pässwörd🔑\n', 'utf8');
    await expect(readSecretLine(stdinOf(bytes.subarray(0, 2), bytes.subarray(2, 12), bytes.subarray(12)))).resolves.toBe(
      'pässwörd🔑',
    );
  });

  it('refuses text that is not UTF-8 instead of storing a changed secret', async () => {
    const latin1 = Buffer.from('p\xe4ss\n', 'latin1');
    await expect(readSecretLine(stdinOf(latin1))).rejects.toMatchObject({
      code: 'validation',
      field: 'secret',
      message: expect.stringMatching(/not UTF-8/),
    });
  });

  it('`accounts add` stores the password exactly as piped, leading and trailing spaces kept', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wt-secret-'));
    const secret = '  correct horse battery staple ';
    const result = await runCli(
      ['--data-dir', dataDir, '--json', 'accounts', 'add', 'workity', '--label', 'W', '--email', 'me@example.com', '--no-verify'],
      { stdin: `${secret}\r\n`, env: { WORKTRAY_PASSPHRASE: 'pw' } },
    );
    expect(result.code, result.stderr).toBe(0);
    const { id } = result.json() as { id: string };
    expect(openPassphraseVault(dataDir, 'pw').get(id)).toBe(secret);
  });
});
