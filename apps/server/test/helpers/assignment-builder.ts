import { expect } from 'vitest';
import type { TestClient } from './test-app.ts';

/**
 * Sanne assigns Tom's ambulant youth care (the demo's plan action and contract product) for the
 * given dates, through the API as the screen does (once a week, volume 1 unless told); returns the
 * new assignment's id.
 */
export async function assignTomAmbulant(
  sanne: TestClient,
  startDate: string,
  endDate: string,
  opts: { volume?: number; frequency?: string } = {},
): Promise<string> {
  const res = await sanne.request({
    method: 'POST',
    url: '/api/households/hh-jansen/assignments',
    payload: {
      planActionId: 'act-jansen-jeugdhulp',
      personId: 'p-tom',
      contractProductId: 'cp-jeugdhulp-ambulant',
      volume: opts.volume ?? 1,
      frequency: opts.frequency ?? '2',
      startDate,
      endDate,
      referrerType: '01',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** The provider reports the start of an assignment (the answer, unchecked: tests check refusals too). */
export const startAssignment = (provider: TestClient, id: string, version: number, startDate: string) =>
  provider.request({
    method: 'POST',
    url: `/api/provider/assignments/${id}/start`,
    payload: { version, startDate },
  });

/** The provider reports the stop of an assignment (reason 34 unless told). */
export const stopAssignment = (
  provider: TestClient,
  id: string,
  version: number,
  stopDate: string,
  reason = '34',
) =>
  provider.request({
    method: 'POST',
    url: `/api/provider/assignments/${id}/stop`,
    payload: { version, stopDate, reason },
  });
