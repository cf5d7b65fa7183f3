/**
 * Declaring from the provider's screen: the month and the hours become a JW323, answered with a
 * JW325 whose outcome and the volume used the screen shows; earlier declarations are listed to the
 * own provider only; months outside the care, not yet over or before the start are refused. And the
 * demo's declarations, made through the same code path.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addAnotherProvider } from './helpers/another-provider.ts';
import { declarationFile, TARIFF } from './helpers/declaration-file.ts';
import type { TestClient } from './helpers/test-app.ts';

type Response = Awaited<ReturnType<TestClient['request']>>;

const { app, as, assignment, volumeUsed } = declarationFile();

describe('declaring from the provider screen', () => {
  let D: { id: string; number: number };
  // June, 6 hours (approved), then July, 11 hours (more than assigned): what the screen sent.
  let june: Response;
  let july: Response;
  beforeAll(async () => {
    D = await assignment({
      startDate: '2026-06-01',
      endDate: '2026-10-31',
      volume: 2,
      startedOn: '2026-06-10',
    });
    const fatima = await as('u-fatima');
    june = await fatima.request({ method: 'POST', url: url(), payload: { month: '2026-06', volume: 6 } });
    july = await fatima.request({ method: 'POST', url: url(), payload: { month: '2026-07', volume: 11 } });
  });
  const url = () => `/api/provider/assignments/${D.id}/declarations`;

  it('builds the JW323, answers with the JW325 and shows the outcome and the volume used', async () => {
    const res = june;
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'approved',
      submittedCents: 6 * TARIFF,
      approvedCents: 6 * TARIFF,
      lines: [
        {
          periodStart: '2026-06-10',
          periodEnd: '2026-06-30',
          volume: 6,
          status: 'approved',
          rejectionCodes: [],
        },
      ],
    });
    const msgs = await app().database.ownerQuery<{
      message_type: string;
      direction: string;
      sender: string;
      receiver: string;
      status: string;
    }>(
      'select message_type, direction, sender, receiver, status from ijw_message where assignment_id = $1 and message_type in ($2, $3) order by created_at',
      [D.id, 'JW323', 'JW325'],
    );
    // June's pair, then July's.
    expect(msgs).toHaveLength(4);
    expect(msgs.slice(0, 2)).toMatchObject([
      { message_type: 'JW323', direction: 'in', sender: '98765432', receiver: '0394', status: 'processed' },
      { message_type: 'JW325', direction: 'out', sender: '0394', receiver: '98765432' },
    ]);
    expect(
      (await volumeUsed(await as('u-sanne'), '/api/households/hh-jansen/assignments', D.id)).volumeUsed,
    ).toBe(6);
    const audit = await app().database.ownerQuery<{ subject_id: string }>(
      "select subject_id from audit_log where action = 'declaration.submit' and subject_id = $1",
      [D.id],
    );
    // One per declaration sent: June's and July's.
    expect(audit).toHaveLength(2);
  });

  it('shows a rejection with its retourcode and leaves the volume used as it was', async () => {
    const fatima = await as('u-fatima');
    const res = july;
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'rejected',
      approvedCents: 0,
      lines: [{ status: 'rejected', rejectionCodes: ['9321'] }],
    });
    expect((await volumeUsed(fatima, '/api/provider/assignments?limit=200', D.id)).volumeUsed).toBe(6);
  });

  it('lists the earlier declarations of the assignment, newest first, only to its own provider', async () => {
    const fatima = await as('u-fatima');
    const res = await fatima.request({ url: url() });
    expect(res.statusCode, res.body).toBe(200);
    const { declarations } = res.json();
    expect(declarations).toMatchObject([
      {
        status: 'rejected',
        submittedCents: 11 * TARIFF,
        approvedCents: 0,
        lines: [{ periodStart: '2026-07-01', volume: 11, status: 'rejected', rejectionCodes: ['9321'] }],
      },
      {
        status: 'approved',
        submittedCents: 6 * TARIFF,
        approvedCents: 6 * TARIFF,
        lines: [{ periodStart: '2026-06-10', volume: 6, status: 'approved', rejectionCodes: [] }],
      },
    ]);
    expect(Date.parse(declarations[0].declaredAt)).toBeGreaterThanOrEqual(
      Date.parse(declarations[1].declaredAt),
    );
    const audit = await app().database.ownerQuery<{ actor_user_id: string }>(
      "select actor_user_id from audit_log where action = 'declaration.read' and subject_id = $1",
      [D.id],
    );
    expect(audit.map((a) => a.actor_user_id)).toEqual(['u-fatima']);

    const sanne = await as('u-sanne');
    expect((await sanne.request({ url: url() })).statusCode).toBe(403);
    expect(
      (await fatima.request({ url: '/api/provider/assignments/asg-bestaat-niet/declarations' })).statusCode,
    ).toBe(404);
    await addAnotherProvider(app().database, {
      organisationId: 'org-andere-decl',
      userId: 'u-andere-decl',
      agbCode: '87654329',
    });
    const other = await as('u-andere-decl');
    const foreign = await other.request({ url: url() });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('2026-06');
  });

  it('refuses months outside the care, in the future, or before the start is reported', async () => {
    const fatima = await as('u-fatima');
    const outside = await fatima.request({
      method: 'POST',
      url: url(),
      payload: { month: '2026-05', volume: 1 },
    });
    expect(outside.json().code).toBe('declaration_month_outside');
    const future = await fatima.request({
      method: 'POST',
      url: url(),
      payload: { month: '2099-01', volume: 1 },
    });
    expect(future.json().code).toBe('declaration_month_not_over');
    const bad = await fatima.request({
      method: 'POST',
      url: url(),
      payload: { month: '2026-13', volume: 1 },
    });
    expect(bad.statusCode).toBe(400);
    const notStarted = await assignment({ startDate: '2026-08-01', endDate: '2026-10-31', volume: 2 });
    const res = await fatima.request({
      method: 'POST',
      url: `/api/provider/assignments/${notStarted.id}/declarations`,
      payload: { month: '2026-08', volume: 1 },
    });
    expect(res.json().code).toBe('declaration_not_started');
    const sanne = await as('u-sanne');
    expect(
      (await sanne.request({ method: 'POST', url: url(), payload: { month: '2026-06', volume: 1 } }))
        .statusCode,
    ).toBe(403);
  });
});

describe('demo data', () => {
  it('has approved and rejected demo declarations made through the real code path', async () => {
    const lines = await app().database.ownerQuery<{
      assignment_id: string;
      status: string;
      rejection_codes: string[];
    }>(
      "select assignment_id, status, rejection_codes from declaration_line where assignment_id like 'asg-jansen-tom-%' order by created_at",
    );
    expect(lines.filter((l) => l.status === 'approved').map((l) => l.assignment_id)).toContain(
      'asg-jansen-tom-1',
    );
    expect(lines.filter((l) => l.status === 'rejected')).toEqual([
      { assignment_id: 'asg-jansen-tom-1', status: 'rejected', rejection_codes: ['9321'] },
    ]);
  });
});
