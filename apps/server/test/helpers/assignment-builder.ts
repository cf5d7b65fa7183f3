import { expect } from 'vitest';
import type { TestClient } from './test-app.ts';

/**
 * Sanne assigns Tom's ambulant youth care (the demo's plan action and contract product) for the
 * given dates, through the API as the screen does; returns the new assignment's id.
 */
export async function assignTomAmbulant(
  sanne: TestClient,
  startDate: string,
  endDate: string,
): Promise<string> {
  const res = await sanne.request({
    method: 'POST',
    url: '/api/households/hh-jansen/assignments',
    payload: {
      planActionId: 'act-jansen-jeugdhulp',
      personId: 'p-tom',
      contractProductId: 'cp-jeugdhulp-ambulant',
      volume: 1,
      frequency: '2',
      startDate,
      endDate,
      referrerType: '01',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}
