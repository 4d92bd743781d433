import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Vite does not follow chrono-node's "./*" exports pattern (vitest-dev/vitest#4761); Node does.
const alias = {
  'chrono-node/en': fileURLToPath(new URL('./node_modules/chrono-node/dist/esm/locales/en/index.js', import.meta.url)),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          env: { WORKTRAY_LOG_LEVEL: 'error' },
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'contract',
          include: ['tests/contract/**/*.test.ts'],
          environment: 'node',
          env: { WORKTRAY_LOG_LEVEL: 'error' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
