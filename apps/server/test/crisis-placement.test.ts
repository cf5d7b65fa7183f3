/**
 * A crisis placement from an episode: the draft starts from the episode (person, bridging period,
 * the contracted category-46 products); the placement goes through the normal assignment flow and
 * its JW301 passes the XSD and the iJw rules; only a crisis product is accepted, only the
 * household's coordinator may place, and the steps are audited.
 */
import { parseMessage, validateXml } from '@een-plan/ijw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from './helpers/audit-rows.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function tomEpisode(): Promise<string> {
  const res = await (await as('u-karin')).request({
    method: 'POST',
    url: '/api/crisis/episodes',
    payload: {
      householdId: 'hh-jansen',
      personId: 'p-tom',
      reportedVia: 'professional',
      calledAt: new Date(Date.now() - 3_600_000).toISOString(),
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

const placement = (overrides: Record<string, unknown> = {}) => ({
  planActionId: 'act-jansen-jeugdhulp',
  contractProductId: 'cp-crisis',
  volume: 10,
  frequency: '6',
  startDate: dutchDay(1),
  endDate: dutchDay(10),
  ...overrides,
});

describe('a crisis placement from an episode', () => {
  it('starts from the episode: its person, a bridging period and only category-46 products', async () => {
    const id = await tomEpisode();
    const res = await (await as('u-sanne')).request({ url: `/api/crisis/episodes/${id}/placement-draft` });
    expect(res.statusCode).toBe(200);
    const draft = res.json();
    expect(draft).toMatchObject({ personId: 'p-tom', householdId: 'hh-jansen', productCategory: '46' });
    expect(draft.startDate).toBe(dutchDay(0));
    expect(draft.endDate).toBe(dutchDay(27));
    expect(draft.products.length).toBeGreaterThan(0);
    expect(draft.products.map((p: { productCode: string }) => p.productCode.slice(0, 2))).toEqual(
      draft.products.map(() => '46'),
    );
    expect(draft.products.map((p: { contractProductId: string }) => p.contractProductId)).toContain(
      'cp-crisis',
    );
  });

  it('assigns through the normal flow: a JW301 with category 46 that passes XSD and rules', async () => {
    const id = await tomEpisode();
    const res = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/crisis/episodes/${id}/placement`,
      payload: placement(),
    });
    expect(res.statusCode).toBe(201);
    const assignmentId = res.json().id as string;
    const msgs = await t.database.ownerQuery<{ message_type: string; xml: string }>(
      "select message_type, xml from ijw_message where assignment_id = $1 and direction = 'out'",
      [assignmentId],
    );
    expect(msgs.map((m) => m.message_type)).toEqual(['JW301']);
    const xml = msgs[0]?.xml ?? '';
    const report = await validateXml(xml);
    expect(report.valid, JSON.stringify(report)).toBe(true);
    const parsed = parseMessage(xml);
    expect(parsed.type).toBe('JW301');
    if (parsed.type !== 'JW301') throw new Error('not a JW301');
    expect(parsed.bericht.Client.ToegewezenProducten[0]?.Product).toEqual({ Categorie: '46', Code: '46A01' });
    const audit = await auditRows(t.database, 'crisis_episode.placement', { subjectId: id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: 'success', actor_user_id: 'u-sanne' });
    expect(audit[0]?.details).toMatchObject({ assignmentId });
  });

  it('refuses a product that is not a crisis product (category 46)', async () => {
    const id = await tomEpisode();
    const res = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/crisis/episodes/${id}/placement`,
      payload: placement({ contractProductId: 'cp-jeugdhulp-ambulant' }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('crisis_placement_not_crisis_product');
  });

  it("refuses a period longer than the tenant's bridging maximum, saying so at the end date", async () => {
    const id = await tomEpisode();
    const res = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/crisis/episodes/${id}/placement`,
      payload: placement({ startDate: dutchDay(1), endDate: dutchDay(29) }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('crisis_bridging_too_long');
    expect(res.json().errors[0]).toMatchObject({ path: 'endDate', code: 'too_long' });
    expect(res.json().errors[0].message.nl).toContain('gekozen: 29');
  });

  it('is refused (404, audited) to a coordinator who does not carry the household', async () => {
    const id = await tomEpisode();
    const res = await (await as('u-mohamed')).request({
      method: 'POST',
      url: `/api/crisis/episodes/${id}/placement`,
      payload: placement(),
    });
    expect(res.statusCode).toBe(404);
    const refused = await auditRows(t.database, 'crisis_episode.placement', { userId: 'u-mohamed' });
    expect(refused.at(-1)).toMatchObject({ outcome: 'denied', subject_id: id });
  });
});
