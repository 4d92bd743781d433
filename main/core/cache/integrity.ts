import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/errors.js';

const MAGIC = 'SQLite format 3\0';
const HEADER_BYTES = 100;

/**
 * Why an existing cache file cannot be a whole SQLite database, or null if it
 * looks whole. Cheap (reads the 100-byte header): a zero-length, truncated or
 * overwritten file is caught before SQLite would quietly treat it as empty.
 */
export function cacheFileProblem(file: string): string | null {
  const size = statSync(file).size;
  if (size === 0) return 'the file is empty (0 bytes)';
  if (size < HEADER_BYTES) return `the file is only ${size} bytes long`;
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, MAGIC.length) !== MAGIC) return 'it is not an SQLite database';
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return 'its header is damaged';
  const pages = header.readUInt32BE(28);
  // The page count is trusted only when the header says it is current (SQLite's own rule).
  const countIsCurrent = header.readUInt32BE(24) === header.readUInt32BE(92) && pages > 0;
  // With a -wal beside it another process may be checkpointing (growing the file page by page): judge only a closed cache.
  if (countIsCurrent && size < pages * pageSize && !hasWal(file)) {
    return `it is truncated (${size} of ${pages * pageSize} bytes)`;
  }
  return null;
}

function hasWal(file: string): boolean {
  return existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0;
}

/** The refusal a damaged cache gets: it names the file and the way out, and nothing is changed. */
export function damagedCacheError(file: string, problem: string): AppError {
  return new AppError(
    'validation',
    `The cache ${file} is damaged: ${problem}. It was left untouched. Run \`worktray repair\` to keep the accounts and unsent changes that can still be read, move the damaged file aside and fetch the rest from the services again.`,
    { field: 'data-dir' },
  );
}

/** SQLite's own verdict on a file it could not read as a database. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'));
}
