/*
 * electron-builder's afterPack hook: flips Electron's fuses in the packed
 * binary before it is signed, so the shipped app cannot be turned into a
 * general Node runtime or debugger and loads only its own (checked) app.asar.
 * https://www.electronjs.org/docs/latest/tutorial/fuses
 */
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** The fuse settings, by name; exported so a test can assert them. */
const FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  EnableCookieEncryption: true,
  GrantFileProtocolExtraPrivileges: false,
};

function fuseConfig(platform, arch) {
  const config = { version: FuseVersion.V1 };
  for (const [name, value] of Object.entries(FUSES)) config[FuseV1Options[name]] = value;
  // Flipping a fuse invalidates the ad-hoc signature arm64 macOS requires; re-sign it ad hoc.
  config.resetAdHocDarwinSignature = platform === 'darwin' && arch === 'arm64';
  return config;
}

/** Where the Electron executable sits inside electron-builder's output for each platform. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

// electron-builder's Arch enum: 0 ia32, 1 x64, 2 armv7l, 3 arm64, 4 universal.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

async function afterPack(context) {
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  await flipFuses(electronBinary(context), fuseConfig(context.electronPlatformName, arch));
}

module.exports = { afterPack, default: afterPack, FUSES, fuseConfig, electronBinary };
