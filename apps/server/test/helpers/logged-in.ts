import { expect } from 'vitest';
import type { TestApp, TestClient } from './test-app.ts';

/**
 * `as(userId)`: a client logged in as that demo user, one per user for the whole file (its
 * session is reused). `app` is read on first use, so it may be created in `beforeAll`.
 */
export function loggedInAs(app: () => TestApp): (userId: string) => Promise<TestClient> {
  const clients = new Map<string, TestClient>();
  return async (userId) => {
    const known = clients.get(userId);
    if (known) return known;
    const client = app().client();
    clients.set(userId, client);
    expect((await client.loginAs(userId)).statusCode).toBe(200);
    return client;
  };
}
