import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The one file allowed to hold secrets, and only encrypted. */
const VAULT = 'vault.json';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Where any of the secrets shows up: in a data-folder file other than the
 * vault (as UTF-8 or UTF-16 bytes), or in one of the named texts (logs, console).
 */
export function findSecrets(dataDir: string, secrets: string[], texts: Record<string, string>): string[] {
  const found: string[] = [];
  const needles = secrets.filter((s) => s.length >= 6);
  for (const file of filesUnder(dataDir)) {
    const name = relative(dataDir, file);
    const bytes = readFileSync(file);
    for (const secret of needles) {
      if (bytes.includes(Buffer.from(secret, 'utf8')) || bytes.includes(Buffer.from(secret, 'utf16le'))) {
        found.push(name === VAULT ? `${name} holds a secret in plain text` : `${name} holds a secret`);
      }
    }
  }
  for (const [name, text] of Object.entries(texts)) {
    for (const secret of needles) if (text.includes(secret)) found.push(`${name} shows a secret`);
  }
  return found;
}
