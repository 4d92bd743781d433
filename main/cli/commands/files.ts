import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors.js';
import { table } from '../output.js';
import type { Run } from '../run.js';

/** Replaces `path` whole through a temporary file beside it, so a failure never leaves half a file. */
function writeAtomically(path: string, bytes: Buffer): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new AppError('validation', `--out: cannot write ${path}: ${(error as Error).message}`, { field: 'out' });
  }
}

function readUpload(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new AppError('validation', `PATH: cannot read ${path}: ${(error as Error).message}`, { field: 'path' });
  }
}

/** Attachments (Workity files): list from the cache, upload (needs a connection), download byte for byte. */
export function registerFiles(program: Command, run: Run): void {
  program
    .command('files')
    .option('--account <id>')
    .option('--project <remoteId>')
    .option('--task <key>')
    .description('attachments from the cache (Workity files)')
    .action(
      run(async (ctx, opts: { account?: string; project?: string; task?: string }) => {
        const files = await ctx.call('files:list', {
          accountId: opts.account,
          projectRemoteId: opts.project,
          taskKey: opts.task,
        });
        const rows = files.map(({ key, accountId, name, size, modifiedAt }) => ({ key, accountId, name, size, modifiedAt }));
        ctx.out.result(rows, () => table(rows, ['key', 'name', 'size', 'modifiedAt']));
      }),
    );

  const file = program.command('file').description('upload or download an attachment');
  file
    .command('add')
    .argument('<path>')
    .requiredOption('--account <id>')
    .requiredOption('--project <remoteId>')
    .description('upload a file now (needs a connection; uploads are not queued)')
    .action(
      run(async (ctx, path: string, opts: { account: string; project: string }) => {
        const bytes = readUpload(path);
        const added = await ctx.call('files:add', {
          accountId: opts.account,
          projectRemoteId: opts.project,
          name: basename(path),
          base64: bytes.toString('base64'),
        });
        const result = { key: added.key, state: 'sent', remoteId: added.remoteId, error: null };
        ctx.out.result(result, () => `sent: ${added.key} (${added.name}, ${bytes.length} bytes)`);
      }),
    );
  file
    .command('get')
    .argument('<key>')
    .requiredOption('--out <path>')
    .description('download a file, byte for byte, to --out')
    .action(
      run(async (ctx, key: string, opts: { out: string }) => {
        const download = await ctx.call('files:get', { key });
        const bytes = Buffer.from(download.base64, 'base64');
        const path = resolve(opts.out);
        writeAtomically(path, bytes);
        ctx.out.result({ path, size: bytes.length }, () => `${path} (${bytes.length} bytes)`);
      }),
    );
}
