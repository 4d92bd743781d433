#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx worktray` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../main/cli/index.ts');
