/**
 * The administrator puts all the municipality's toekomstplan topics in order, the standard ones
 * and its own in one list (decision 0032): a tenant that never reordered keeps the built-in order,
 * a new topic goes last, the order persists per tenant without copying the standard topics' words,
 * every plan lists the topics so, the change is audited, a list with an unknown or repeated key is
 * refused (400) and an out-of-date one (409), and only the administrator may do it.
 */
import { FUTURE_PLAN_TOPICS } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reorderTopics } from '../src/futurePlan/topic-admin.ts';
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
  return res.json().topicOrder as string[];
}

async function reorder(userId: string, keys: string[]) {
  return (await as(userId)).request({ method: 'PUT', url: orderUrl, payload: { keys } });
}

async function settingsOrder(): Promise<string[]> {
  const res = await (await as('u-erik')).request({ url: '/api/admin/future-plan-settings' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().topicOrder;
}

async function lisasTopicKeys(): Promise<string[]> {
  const res = await (await as('u-sanne')).request({ url: '/api/households/hh-jansen/future-plans' });
  expect(res.statusCode, res.body).toBe(200);
  const plans = res.json().plans as { youthPersonId: string; topics: { key: string }[] }[];
  return plans.find((p) => p.youthPersonId === 'p-lisa')?.topics.map((x) => x.key) ?? [];
}

/** The standard keys with `first` moved to the front: a whole-list order that moves a built-in topic. */
const standardWithFirst = (first: string) => [first, ...standardKeys.filter((k) => k !== first)];

describe('ordering all the municipality’s topics, standard and own', () => {
  it('keeps the built-in order, own topics after it, while the tenant never reordered', async () => {
    await addTopic('sport', 'Sport');
    expect(await addTopic('telefoon', 'Telefoon')).toEqual([...standardKeys, 'sport', 'telefoon']);
    expect(await settingsOrder()).toEqual([...standardKeys, 'sport', 'telefoon']);
    expect(await lisasTopicKeys()).toEqual([...standardKeys, 'sport', 'telefoon']);
  });

  it('stores a whole-list order, standard topics moved too, in settings and plans, audited', async () => {
    // Housing first, the own topic "telefoon" second, one standard topic after "sport" at the end.
    const [housing, ...rest] = standardWithFirst('housing');
    const last = rest.pop() as string;
    const order = [housing as string, 'telefoon', ...rest, 'sport', last];
    const res = await reorder('u-erik', order);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().topicOrder).toEqual(order);
    expect((res.json().customTopics as { key: string }[]).map((x) => x.key)).toEqual(['telefoon', 'sport']);
    expect(await settingsOrder()).toEqual(order);
    expect(await lisasTopicKeys()).toEqual(order);

    // Per tenant, by key only: the standard topics' words are not copied into the database.
    const stored = await t.database.ownerQuery<Record<string, unknown>>(
      'select * from future_plan_standard_topic_position order by position',
    );
    expect(stored.map((r) => r.topic_key)).toEqual(order.filter((k) => standardKeys.includes(k)));
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual(['position', 'tenant_id', 'topic_key']);
    expect(new Set(stored.map((r) => r.tenant_id))).toEqual(new Set(['0394']));

    // A topic added afterwards goes after everything, the standard topic at the end included.
    expect(await addTopic('koken', 'Koken')).toEqual([...order, 'koken']);

    const [row] = await auditRows(t.database, 'future_plan.topics_reordered', { userId: 'u-erik' });
    expect(row).toMatchObject({
      outcome: 'success',
      subject_type: 'future_plan_topic',
      details: { topics: order.length },
    });
  });

  it('refuses an unknown or repeated key (400) and a list that misses one (409), changing nothing', async () => {
    const now = await settingsOrder();
    const unknown = await reorder('u-erik', [...now, 'onbekend']);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json().code).toBe('future_plan_topic_order_unknown');

    const twice = await reorder('u-erik', [...now.slice(0, -1), now[0] as string]);
    expect(twice.statusCode).toBe(400);
    expect(twice.headers['content-type']).toContain('application/problem+json');
    expect(twice.json().code).toBe('validation_failed');

    // The old own-topics-only list misses the standard topics: the page is out of date.
    const missing = await reorder('u-erik', ['koken', 'telefoon', 'sport']);
    expect(missing.statusCode).toBe(409);
    expect(missing.json().code).toBe('future_plan_topic_order_mismatch');

    expect((await reorder('u-erik', [])).statusCode).toBe(400);
    expect(await settingsOrder()).toEqual(now);
    expect(await lisasTopicKeys()).toEqual(now);
  });

  it('refuses a coordinator at the route and any non-administrator in the service, audited', async () => {
    const now = await settingsOrder();
    const reversed = [...now].reverse();
    expect((await reorder('u-sanne', reversed)).statusCode).toBe(403);
    await expect(
      reorderTopics(
        t.database.db,
        coordinator,
        { requestId: 'r-order', clientAddress: '127.0.0.1' },
        { keys: reversed },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const atRoute = await auditRows(t.database, 'route.access', { subjectId: `PUT ${orderUrl}` });
    expect(atRoute.map((r) => [r.actor_user_id, r.outcome])).toEqual([['u-sanne', 'denied']]);
    const denied = await auditRows(t.database, 'future_plan.topics_reordered', { userId: 'u-sanne' });
    expect(denied.map((r) => r.outcome)).toEqual(['denied']);
    expect(await lisasTopicKeys()).toEqual(now);
  });
});
