/**
 * The administrator puts the municipality's own toekomstplan topics in order: a new topic goes
 * last, the order persists, every plan lists the topics so (after the standard ones), the change
 * is audited, an out-of-date list is refused, and only the administrator may do it.
 */
import { FUTURE_PLAN_TOPICS } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reorderCustomTopics } from '../src/futurePlan/topic-admin.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { SANNE_ACTOR as coordinator } from './helpers/demo-users.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
const orderUrl = '/api/admin/future-plan-topic-order';
const standardKeys = FUTURE_PLAN_TOPICS.map((x) => x.key);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function addTopic(key: string, nl: string) {
  const res = await (await as('u-erik')).request({
    method: 'POST',
    url: '/api/admin/future-plan-topics',
    payload: {
      key,
      title: { nl, en: `${nl} (en)` },
      explanation: { nl: `Uitleg over ${nl}.`, en: `About ${nl}.` },
      monthsBefore18: 1,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json().customTopics as { key: string }[]).map((x) => x.key);
}

async function reorder(userId: string, keys: string[]) {
  return (await as(userId)).request({ method: 'PUT', url: orderUrl, payload: { keys } });
}

async function lisasTopicKeys(): Promise<string[]> {
  const res = await (await as('u-sanne')).request({ url: '/api/households/hh-jansen/future-plans' });
  expect(res.statusCode, res.body).toBe(200);
  const plans = res.json().plans as { youthPersonId: string; topics: { key: string }[] }[];
  return plans.find((p) => p.youthPersonId === 'p-lisa')?.topics.map((x) => x.key) ?? [];
}

describe('ordering the municipality’s own topics', () => {
  it('adds new topics last, stores a new order, shows it in settings and plans, audited', async () => {
    await addTopic('sport', 'Sport');
    await addTopic('rijbewijs', 'Rijbewijs');
    expect(await addTopic('telefoon', 'Telefoon')).toEqual(['sport', 'rijbewijs', 'telefoon']);

    const res = await reorder('u-erik', ['telefoon', 'sport', 'rijbewijs']);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json().customTopics as { key: string }[]).map((x) => x.key)).toEqual([
      'telefoon',
      'sport',
      'rijbewijs',
    ]);
    // It persists: a fresh read gives the same order, and a plan lists the standard topics first.
    const settings = await (await as('u-erik')).request({ url: '/api/admin/future-plan-settings' });
    expect((settings.json().customTopics as { key: string }[]).map((x) => x.key)).toEqual([
      'telefoon',
      'sport',
      'rijbewijs',
    ]);
    expect(await lisasTopicKeys()).toEqual([...standardKeys, 'telefoon', 'sport', 'rijbewijs']);

    // A topic added afterwards goes after the ordered ones.
    expect(await addTopic('koken', 'Koken')).toEqual(['telefoon', 'sport', 'rijbewijs', 'koken']);

    const [row] = await auditRows(t.database, 'future_plan.topics_reordered', { userId: 'u-erik' });
    expect(row).toMatchObject({
      outcome: 'success',
      subject_type: 'future_plan_topic',
      details: { topics: 3 },
    });
  });

  it('refuses a list that misses, repeats or invents a topic (409) and changes nothing', async () => {
    const now = ['telefoon', 'sport', 'rijbewijs', 'koken'];
    for (const keys of [
      ['sport', 'telefoon', 'rijbewijs'],
      ['sport', 'sport', 'telefoon', 'rijbewijs'],
      ['sport', 'telefoon', 'rijbewijs', 'koken', 'onbekend'],
      ['sport', 'telefoon', 'rijbewijs', 'digid'],
    ]) {
      const res = await reorder('u-erik', keys);
      expect(res.statusCode, keys.join()).toBe(409);
      expect(res.json().code).toBe('future_plan_topic_order_mismatch');
    }
    expect((await reorder('u-erik', [])).statusCode).toBe(400);
    expect((await lisasTopicKeys()).slice(standardKeys.length)).toEqual(now);
  });

  it('refuses a coordinator at the route and any non-administrator in the service, audited', async () => {
    expect((await reorder('u-sanne', ['koken', 'telefoon', 'sport', 'rijbewijs'])).statusCode).toBe(403);
    await expect(
      reorderCustomTopics(
        t.database.db,
        coordinator,
        { requestId: 'r-order', clientAddress: '127.0.0.1' },
        { keys: ['koken', 'telefoon', 'sport', 'rijbewijs'] },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const denied = await auditRows(t.database, 'future_plan.topics_reordered', { userId: 'u-sanne' });
    expect(denied.map((r) => r.outcome)).toEqual(['denied']);
    expect((await lisasTopicKeys()).slice(standardKeys.length)).toEqual([
      'telefoon',
      'sport',
      'rijbewijs',
      'koken',
    ]);
  });
});
