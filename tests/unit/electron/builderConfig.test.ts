import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../../..');
interface BuilderConfig {
  appId: string;
  productName: string;
  icon: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  afterPack: string;
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
}
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

interface FuseHook {
  afterPack: (context: unknown) => Promise<void>;
  FUSES: Record<string, boolean>;
  fuseConfig: (platform: string, arch: string) => Record<string, unknown>;
  electronBinary: (context: unknown) => string;
}
const hook = require(path.join(root, 'build/afterPack.cjs')) as FuseHook;
const { FuseV1Options, FuseVersion } = require('@electron/fuses') as typeof import('@electron/fuses');

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (c: unknown, l: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and builds AppImage and deb, dmg and nsis', () => {
    expect(config.appId).toBe('com.worktray.app');
    expect(config.productName).toBe('Worktray');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('ships the bundles and the renderer, with icons that exist', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**']));
    for (const icon of [config.icon, config.linux.icon, config.mac.icon, config.win.icon]) {
      expect(readFileSync(path.join(root, icon)).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('ships no node_modules but better-sqlite3 and its loader (main.cjs bundles the rest)', () => {
    expect(config.files).toContain('!node_modules/**/*');
    const modules = config.files.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/')[1]);
    expect([...new Set(modules)]).toEqual(['better-sqlite3', 'bindings', 'file-uri-to-path']);
  });

  it('unpacks better-sqlite3 from the ASAR and rebuilds it for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
  });

  it('wires the afterPack hook to a file that exports it', () => {
    expect(config.afterPack).toBe('./build/afterPack.cjs');
    expect(typeof hook.afterPack).toBe('function');
  });
});

describe('fuses flipped after packing', () => {
  it('turns off RunAsNode, NODE_OPTIONS and inspect, and loads only an integrity-checked app.asar', () => {
    expect(hook.FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('hands @electron/fuses the same settings by fuse index', () => {
    const fuses = hook.fuseConfig('linux', 'x64');
    expect(fuses).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      resetAdHocDarwinSignature: false,
    });
    expect(hook.fuseConfig('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
  });

  it('finds the Electron executable in each platform’s output', () => {
    const packager = { appInfo: { productFilename: 'Worktray' }, executableName: 'worktray' };
    expect(hook.electronBinary({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(path.join('/o', 'worktray'));
    expect(hook.electronBinary({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(
      path.join('/o', 'Worktray.app'),
    );
    expect(hook.electronBinary({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
      path.join('/o', 'Worktray.exe'),
    );
  });

  it('flips the fuses in a packed Linux binary when electron-builder calls the hook', async () => {
    const { getCurrentFuseWire } = require('@electron/fuses') as typeof import('@electron/fuses');
    // The wire stores each fuse as an ASCII digit: '0' disabled, '1' enabled.
    const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) };
    const appOutDir = mkdtempSync(path.join(os.tmpdir(), 'worktray-fuses-'));
    // A stand-in executable: Electron's fuse sentinel, wire version 1, 8 fuses in Electron's default states.
    const defaults = '10111000';
    writeFileSync(
      path.join(appOutDir, 'worktray'),
      Buffer.concat([
        Buffer.from('ELF…'),
        Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
        Buffer.from([1, 8]),
        Buffer.from(defaults),
        Buffer.from('…'),
      ]),
    );
    await hook.afterPack({
      appOutDir,
      electronPlatformName: 'linux',
      arch: 1,
      packager: { appInfo: { productFilename: 'Worktray' }, executableName: 'worktray' },
    });
    const wire = (await getCurrentFuseWire(path.join(appOutDir, 'worktray'))) as unknown as Record<number, number>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
  });
});
