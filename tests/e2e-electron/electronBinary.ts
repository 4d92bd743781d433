import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type ElectronBinary = { path: string; reason: null } | { path: null; reason: string };

/**
 * The `electron` package exports the binary's path, and throws when the
 * binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1). Either way,
 * say why the suite cannot run.
 */
export function findElectronBinary(): ElectronBinary {
  let resolved: unknown;
  try {
    resolved = require('electron');
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { path: null, reason: `the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1?): ${why}` };
  }
  if (typeof resolved !== 'string') return { path: null, reason: 'require("electron") did not return a path to the binary' };
  if (!existsSync(resolved)) return { path: null, reason: `the Electron binary ${resolved} does not exist` };
  return { path: resolved, reason: null };
}
