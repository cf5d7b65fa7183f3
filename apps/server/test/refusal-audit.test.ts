/** Every refused request leaves an audit row, and the response names the request the row holds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

let t: TestApp;
async function login(userId: string): Promise<TestClient> {
  const c = t.client();
  expect((await c.loginAs(userId)).statusCode).toBe(200);
  return c;
}

type Row = { action: string; outcome: string; actor_user_id: string; subject_id: string; details: unknown };
const rowsOfRequest = (requestId: string) =>
  t.database.ownerQuery<Row>(
    'select action, outcome, actor_user_id, subject_id, details from audit_log where request_id = $1',
    [requestId],
  );

beforeAll(async () => {
  t = await createTestApp();
}, 300_000);
afterAll(() => t.close());

describe('refusals in the audit log', () => {
  it('records a refusal by role before the handler runs, under the request id the response carries', async () => {
    const lisa = await login('u-lisa');
    const r = await lisa.request({ url: '/api/break-glass/mine' });
    expect(r.statusCode).toBe(403);
    const requestId = r.headers['x-request-id'];
    expect(typeof requestId).toBe('string');
    expect(await rowsOfRequest(requestId as string)).toEqual([
      {
        action: 'route.access',
        outcome: 'denied',
        actor_user_id: 'u-lisa',
        subject_id: 'GET /api/break-glass/mine',
        details: { reason: 'role_not_allowed' },
      },
    ]);
  });

  it('records a household refusal under the response’s request id', async () => {
    const mohamed = await login('u-mohamed');
    const r = await mohamed.request({ url: '/api/households/hh-jansen' });
    expect(r.statusCode).toBe(404);
    const rows = await rowsOfRequest(r.headers['x-request-id'] as string);
    expect(rows).toEqual([expect.objectContaining({ outcome: 'denied', subject_id: 'hh-jansen' })]);
  });

  it('audits the safety worker’s own break-glass list, which names households', async () => {
    const joost = await login('u-joost');
    const r = await joost.request({ url: '/api/break-glass/mine' });
    expect(r.statusCode).toBe(200);
    expect(await rowsOfRequest(r.headers['x-request-id'] as string)).toEqual([
      expect.objectContaining({ action: 'break_glass.mine', outcome: 'success', actor_user_id: 'u-joost' }),
    ]);
  });

  it('keeps a refusal decided inside a transaction: the rollback does not take its audit row along', async () => {
    // A team lead of another team: the route lets team leads in, the household's team decides inside
    // the approval's transaction, which then rolls back.
    await t.database.ownerQuery(
      `insert into app_user (tenant_id, id, display_name, role, team_id, demo_description)
       values ('0394', 'u-lead-elsewhere', 'Teamleider Badhoevedorp', 'team_lead', 'team-badhoevedorp',
               'Team lead of another team (test only)')
       on conflict do nothing`,
    );
    const lead = await login('u-lead-elsewhere');
    const r = await lead.request({
      method: 'POST',
      url: '/api/assignments/asg-ozturk-deniz-thuis/approval',
      payload: { version: 1, approve: true },
    });
    expect(r.statusCode).toBe(403);
    expect(await rowsOfRequest(r.headers['x-request-id'] as string)).toEqual([
      expect.objectContaining({
        action: 'assignment.approve',
        outcome: 'denied',
        actor_user_id: 'u-lead-elsewhere',
        subject_id: 'hh-ozturk',
      }),
    ]);
    const [still] = await t.database.ownerQuery<{ status: string }>(
      `select status from assignment where id = 'asg-ozturk-deniz-thuis'`,
    );
    expect(still?.status).toBe('awaiting_approval');
  });
});
