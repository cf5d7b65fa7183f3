import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'apps/*/test/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      // Web component tests; each declares `// @vitest-environment jsdom` so the server tests keep node.
      'apps/web/src/**/*.test.tsx',
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    // Each file gets its own database; PGlite start-up and child servers need headroom on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
