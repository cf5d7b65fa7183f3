import { expect } from 'vitest';
import type { TestClient } from './test-app.ts';

/**
 * `user` POSTs `payload` and the answer must have `status` (201 unless told); when it has not, the
 * failure shows the problem the server answered. The answer's body.
 */
export async function postChecked<T>(
  as: (userId: string) => Promise<TestClient>,
  user: string,
  url: string,
  payload: unknown,
  status = 201,
): Promise<T> {
  const res = await (await as(user)).request({ method: 'POST', url, payload: payload as object });
  expect({ status: res.statusCode, body: res.statusCode === status ? null : res.json() }).toEqual({
    status,
    body: null,
  });
  return res.json() as T;
}
