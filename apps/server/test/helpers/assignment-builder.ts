import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { TestClient } from './test-app.ts';

type AssignOptions = { volume?: number; frequency?: string };

/**
 * Sanne assigns Tom's ambulant youth care (the demo's plan action and contract product) for the
 * given dates, through the API as the screen does (once a week, volume 1 unless told); the answer,
 * unchecked.
 */
export const postTomAmbulant = (
  sanne: TestClient,
  startDate: string,
  endDate: string,
  opts: AssignOptions = {},
) =>
  sanne.request({
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

/** `postTomAmbulant`, checked to be made (201); returns the new assignment's id. */
export async function assignTomAmbulant(
  sanne: TestClient,
  startDate: string,
  endDate: string,
  opts: AssignOptions = {},
): Promise<string> {
  const res = await postTomAmbulant(sanne, startDate, endDate, opts);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** The demo tenant's approval threshold (cents): an assignment costing more awaits the team lead. */
export const setApprovalThreshold = (database: Database, cents: number) =>
  database.ownerQuery(
    'insert into assignment_setting (tenant_id, approval_threshold_cents) values ($1, $2) on conflict (tenant_id) do update set approval_threshold_cents = excluded.approval_threshold_cents',
    ['0394', cents],
  );

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
