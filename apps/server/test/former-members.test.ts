/**
 * A person who has left a household is refused its data in every module, and someone who joins a
 * household sees what the rules allow there. Lisa (16, resident) moves from the Jansen household
 * to the Öztürk household; every module must follow the one membership rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from './helpers/audit-rows.ts';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

let t: TestApp;
let lisa: TestClient;
let anouk: TestClient;
let sanne: TestClient;

async function login(userId: string): Promise<TestClient> {
  const c = t.client();
  expect((await c.loginAs(userId)).statusCode).toBe(200);
  return c;
}

beforeAll(async () => {
  t = await createTestApp();
  sanne = await login('u-sanne');
  const moved = await sanne.request({
    method: 'POST',
    url: '/api/households/hh-jansen/members/p-lisa/move',
    payload: { toHouseholdId: 'hh-ozturk', role: 'kind', on: '2026-11-01' },
  });
  expect(moved.statusCode).toBe(200);
  lisa = await login('u-lisa');
  anouk = await login('u-anouk');
}, 300_000);
afterAll(() => t.close());

const forbiddenOrGone = [403, 404];

describe('a person who left the household', () => {
  it('plan: is refused the old household’s plan, its PDF and its trend, and the refusal is audited', async () => {
    for (const url of [
      '/api/households/hh-jansen/plan',
      '/api/households/hh-jansen/plan/pdf',
      '/api/households/hh-jansen/self-reliance/trend',
    ]) {
      const r = await lisa.request({ url });
      expect(forbiddenOrGone, url).toContain(r.statusCode);
      expect(r.body).not.toContain('plan-jansen');
    }
    const denied = (await auditRows(t.database, 'plan.read', { userId: 'u-lisa' })).filter(
      (r) => r.subject_id === 'hh-jansen',
    );
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((r) => r.outcome === 'denied')).toBe(true);
  });

  it('plan: her own plan is now the new household’s, and the old plan no longer counts her', async () => {
    const mine = await lisa.request({ url: '/api/my/plan' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().plan.householdId).toBe('hh-ozturk');
    const jansen = (await sanne.request({ url: '/api/households/hh-jansen/plan' })).json();
    const memberIds = jansen.plan.members.map((m: { personId: string }) => m.personId);
    expect(memberIds).not.toContain('p-lisa');
    expect(memberIds).toContain('p-tom');
    const parties = jansen.plan.requiredAgreements.map((a: { personId: string | null }) => a.personId);
    expect(parties).not.toContain('p-lisa');
  });

  it('intake: her preparation page is the new household’s, not the old one’s', async () => {
    const r = await lisa.request({ url: '/api/portal/preparation' });
    expect(r.statusCode).toBe(200);
    expect(r.json().householdName).toBe('Gezin Öztürk');
    expect(r.body).not.toContain('Oma Ria');
    const intake = await lisa.request({ url: '/api/households/hh-jansen/intake' });
    expect(forbiddenOrGone).toContain(intake.statusCode);
  });

  it('consent: is refused the old household’s consents; her own are the new household’s', async () => {
    const old = await lisa.request({ url: '/api/households/hh-jansen/consents' });
    expect(forbiddenOrGone).toContain(old.statusCode);
    const mine = await lisa.request({ url: '/api/my/consents' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().householdId).toBe('hh-ozturk');
  });

  it('network: a suggestion from her lands in the new household, never in the old one', async () => {
    const r = await lisa.request({
      method: 'POST',
      url: '/api/portal/network-suggestions',
      payload: { name: 'Buurvrouw Test', relation: 'neighbour' },
    });
    expect(r.statusCode).toBe(201);
    const rows = await t.database.ownerQuery<{ household_id: string }>(
      'select household_id from network_member where id = $1',
      [r.json().id],
    );
    expect(rows.map((x) => x.household_id)).toEqual(['hh-ozturk']);
    const old = await lisa.request({
      method: 'POST',
      url: '/api/households/hh-jansen/network',
      payload: { name: 'Iemand', relation: 'friend' },
    });
    expect(forbiddenOrGone).toContain(old.statusCode);
  });

  it('assignments: is refused the old household’s assignments', async () => {
    const r = await lisa.request({ url: '/api/households/hh-jansen/assignments' });
    expect(forbiddenOrGone).toContain(r.statusCode);
  });

  it('portal home: shows the new household; the old household no longer shows her', async () => {
    const home = (await lisa.request({ url: '/api/home' })).json();
    expect(home.householdName).toBe('Gezin Öztürk');
    expect(home.members.map((m: { id: string }) => m.id)).toContain('p-lisa');
    expect(home.members.map((m: { id: string }) => m.id)).not.toContain('p-tom');
    const mother = (await anouk.request({ url: '/api/home' })).json();
    expect(mother.members.map((m: { id: string }) => m.id)).not.toContain('p-lisa');
  });

  it('PDFs: her access log and data export are about the new household', async () => {
    for (const url of ['/api/my/access-log.pdf', '/api/my/data-export.pdf']) {
      const r = await lisa.request({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
    }
    const logReads = await auditRows(t.database, 'access_log.read', { userId: 'u-lisa' });
    expect(logReads.length).toBeGreaterThan(0);
    expect(logReads.map((r) => r.subject_id)).not.toContain('hh-jansen');
  });

  it('AVG export: keeps her own history, but nothing of the old household’s plan', async () => {
    const r = await lisa.request({ url: '/api/my/data-export' });
    expect(r.statusCode).toBe(200);
    const data = r.json();
    expect(data.memberships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ householdId: 'hh-jansen', until: '2026-11-01' }),
        expect.objectContaining({ householdId: 'hh-ozturk', until: null }),
      ]),
    );
    const jansenGoals = await t.database.ownerQuery<{ description: string }>(
      "select g.description from plan_goal g join plan p on p.id = g.plan_id where p.household_id = 'hh-jansen'",
    );
    for (const g of jansenGoals) expect(r.body).not.toContain(g.description);
  });

  it('access log: shows who read the new household, not the old one', async () => {
    const r = await lisa.request({ url: '/api/my/access-log' });
    expect(r.statusCode).toBe(200);
    expect(r.json().householdId).toBe('hh-ozturk');
  });
});

describe('a person who joined the household later', () => {
  it('reads the new household’s plan as a member, and only what a resident may', async () => {
    const plan = await lisa.request({ url: '/api/households/hh-ozturk/plan' });
    expect(plan.statusCode).toBe(200);
    expect(plan.json().plan.members.map((m: { personId: string }) => m.personId)).toContain('p-lisa');
    const intake = await lisa.request({ url: '/api/households/hh-ozturk/intake' });
    expect(forbiddenOrGone).toContain(intake.statusCode);
    const assignments = await lisa.request({ url: '/api/households/hh-ozturk/assignments' });
    expect(forbiddenOrGone).toContain(assignments.statusCode);
  });
});
