import { expect } from 'vitest';
import type { TestClient } from './test-app.ts';

/** The client opens a meldcode track on a member of the Jansen household; returns the track's id. */
export async function openJansenTrack(client: TestClient, personId = 'p-tom'): Promise<string> {
  const res = await client.request({
    method: 'POST',
    url: '/api/households/hh-jansen/safety/tracks',
    payload: { personId },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** An answer of the afwegingskader, with the reason it always needs. */
export const yes = (reason = 'ja, omdat') => ({ answer: true, reason });
export const no = (reason = 'nee, omdat') => ({ answer: false, reason });
