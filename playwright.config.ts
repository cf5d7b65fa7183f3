import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// E2E_PORT lets a second run (e.g. beside CI on the same machine) use another port.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;

// Workers load this file again; they reuse the runner's directory: one fresh database per run.
if (!process.env.E2E_DATA_DIR) {
  const dataDir = mkdtempSync(join(tmpdir(), 'een-plan-e2e-'));
  process.env.E2E_DATA_DIR = dataDir;
  // 'exit' comes after Playwright has stopped the web server, so the database is closed by then.
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Limits catch a hang, not a slow machine: CI may run on a busy 2-core box.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    // Without these an action waiting for an element that never comes runs into the test's 5 minutes
    // and the report names no step; a minute is a hang on any machine, not a slow one.
    actionTimeout: 60_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // Without DATABASE_URL the server uses embedded PGlite in the fresh DATA_DIR, with demo data,
    // even when CI exports DATABASE_URL for the PostgreSQL run of the unit tests. The server runs
    // compiled, as `npm start` runs it, so the browser tests also prove the build.
    command:
      'env -u DATABASE_URL sh -c "node scripts/build-server-if-stale.mjs && node apps/server/dist/main.js"',
    url: `${baseURL}/health/ready`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: process.env.E2E_DATA_DIR,
      NODE_ENV: 'test',
      DEMO_LOGIN: 'true',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      // The suite logs in dozens of people a minute from one address; on a fast machine the default
      // limit (20 a minute) then answered 429. The limit itself is tested in login-edges/http-baseline.
      LOGIN_RATE_LIMIT: '100000',
    },
  },
});
