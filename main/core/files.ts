import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The data folder holds credentials, the cache of the user's work and logs:
 * only its owner may read it. Modes are set with chmod, not left to the umask,
 * so a permissive umask (or a folder made by an older version) is corrected.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Sub-folders of the data folder that are ours (Electron keeps its own folders beside them). */
const OWN_SUBDIRS = ['logs', 'files'];
/**
 * Worktray's own files (the cache with its -wal, -shm and damaged copies, the
 * stores, the window state). --data-dir may name a folder holding other
 * things too: those are the user's, and their modes are not ours to change.
 */
const OWN_FILES = /^(cache\.db.*|settings\.json|vault\.json|window-state\.json)$/;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Makes `dir` (and any missing parents) and leaves `dir` itself 0700. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Narrows an existing file to 0600; a file not there yet is fine. */
export function makePrivate(file: string): void {
  try {
    chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

/** Writes a file only its owner can read, whatever the umask. */
export function writePrivateFile(file: string, data: string | Uint8Array): void {
  ensurePrivateDir(dirname(file));
  writeFileSync(file, data, { mode: PRIVATE_FILE_MODE });
  chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * Makes the data folder private and narrows Worktray's files in it (and
 * everything in our own sub-folders) to 0600. Called on open, so a folder left readable by an
 * older version or a careless copy is fixed rather than trusted.
 */
export function securePrivateDir(dir: string, every = false): void {
  ensurePrivateDir(dir);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isFile() && (every || OWN_FILES.test(entry.name))) makePrivate(path);
    else if (entry.isDirectory() && OWN_SUBDIRS.includes(entry.name)) securePrivateDir(path, true);
  }
}
