import { availableParallelism } from 'node:os';
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
    // Migrated databases (one without, one with the demo story) are built once per run and copied
    // per file; see apps/server/test/global-setup.ts.
    globalSetup: ['apps/server/test/global-setup.ts'],
    // Limits catch a hang, not a slow machine: a busy 2-core CI box may be ten times slower than a
    // laptop, and a test must never fail for that alone.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Vitest keeps one core for itself, which on a 2-core CI box means one test file at a time:
    // a whole run measured 1,254 s with 780 s of it spent starting files one after the other.
    // The files share no ports (all listen on 0) and each has its own database copy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
