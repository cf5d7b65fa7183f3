import { afterAll, beforeAll } from 'vitest';
import { loggedInAs } from './logged-in.ts';
import { createTestApp, type TestApp } from './test-app.ts';

/**
 * The test app of one file (on the demo data unless told): made in beforeAll, closed in afterAll.
 * `app()` is that app once it runs; `as(userId)` a client logged in as that user (one per user).
 */
export function appOfFile(...args: Parameters<typeof createTestApp>) {
  let t: TestApp | undefined;
  const app = () => {
    if (!t) throw new Error('the test app starts in beforeAll');
    return t;
  };
  beforeAll(async () => {
    t = await createTestApp(...args);
  });
  afterAll(() => t?.close());
  return { app, as: loggedInAs(app) };
}
