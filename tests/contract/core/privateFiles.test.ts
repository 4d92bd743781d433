import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson } from '../../helpers/cli.js';
import { webworkTarget, type SimTarget } from '../sync/support/targets.js';

const mode = (path: string): number => statSync(path).mode & 0o777;

/** Every file directly in the data folder and in its logs folder, with its mode. */
function modes(dataDir: string): Record<string, number> {
  const out: Record<string, number> = { '.': mode(dataDir) };
  for (const entry of readdirSync(dataDir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      out[join(entry.parentPath, entry.name).slice(dataDir.length + 1)] = mode(join(entry.parentPath, entry.name));
  }
  return out;
}

describe.skipIf(process.platform === 'win32')('the data folder is private to its owner', () => {
  let sim: SimTarget;
  let root: string;
  beforeAll(async () => {
    sim = await webworkTarget();
    root = mkdtempSync(join(tmpdir(), 'worktray-private-'));
    // A permissive umask, as on a shared machine: the modes must not depend on it.
    chmodSync(root, 0o755);
  });
  afterAll(async () => {
    await sim.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('a CLI command that creates the data folder makes it 0700 and every file in it 0600', async () => {
    const dataDir = join(root, 'fresh', 'worktray');
    const added = await runJson(dataDir, ['accounts', 'add', 'webwork', '--label', 'P', '--base-url', sim.url], sim.secret);
    expect(added.code, added.stderr).toBe(0);
    const seen = modes(dataDir);
    expect(Object.keys(seen)).toEqual(expect.arrayContaining(['cache.db', 'settings.json', 'vault.json']));
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((name) => [name, name === '.' ? 0o700 : 0o600])));
  });

  it('opening a data folder left readable by others narrows the folder and its files', async () => {
    const dataDir = join(root, 'fresh', 'worktray');
    chmodSync(dataDir, 0o755);
    for (const name of Object.keys(modes(dataDir))) if (name !== '.') chmodSync(join(dataDir, name), 0o644);
    // A file of the user's own in a folder they chose as --data-dir: not ours to change.
    writeFileSync(join(dataDir, 'notes.txt'), 'mine');
    chmodSync(join(dataDir, 'notes.txt'), 0o644);
    const listed = await runJson(dataDir, ['accounts', 'list']);
    expect(listed.code, listed.stderr).toBe(0);
    const { 'notes.txt': notes, ...seen } = modes(dataDir);
    expect(notes).toBe(0o644);
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((name) => [name, name === '.' ? 0o700 : 0o600])));
  });
});
