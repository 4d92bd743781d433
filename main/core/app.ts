/** The core's public face for hosts: its types and the one way to make it. */
export type { Core, CoreOptions } from './types.js';
export { createCore } from './createCore.js';
