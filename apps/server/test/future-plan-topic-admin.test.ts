/**
 * The administrator's own toekomstplan topics (decision 0026): edit, deactivate and reactivate,
 * each audited; a deactivated topic stays only in plans that already answered it (marked as no
 * longer in use, read-only), new plans never get it; names are unique; only the administrator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDueFuturePlans } from '../src/futurePlan/start.ts';
import { futurePlansWithTopicsOpenAt } from '../src/futurePlan/task-facts.ts';
import { editCustomTopic } from '../src/futurePlan/topic-admin.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { SANNE_ACTOR as coordinator } from './helpers/demo-users.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
const T = '0394';
const url = '/api/admin/future-plan-topics';

type TopicJson = {
  key: string;
  title: { nl: string };
  status: string;
  dueDate: string;
  overdue: boolean;
  active: boolean;
};
type PlanJson = { id: string; youthPersonId: string; topics: TopicJson[]; version: number };
type OwnTopic = {
  key: string;
  title: { nl: string; en: string };
  active: boolean;
  deactivatedAt: string | null;
};

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

function topic(key: string, nl: string, en: string, monthsBefore18 = 1) {
  return {
    key,
    title: { nl, en },
    explanation: { nl: `Uitleg over ${nl}.`, en: `About ${en}.` },
    monthsBefore18,
  };
}

async function addTopic(key: string, nl: string, en: string) {
  const res = await (await as('u-erik')).request({ method: 'POST', url, payload: topic(key, nl, en) });
  expect(res.statusCode, res.body).toBe(201);
}

async function planOf(userId: string, householdId: string, personId: string): Promise<PlanJson> {
  const res = await (await as(userId)).request({ url: `/api/households/${householdId}/future-plans` });
  expect(res.statusCode, res.body).toBe(200);
  const plan = (res.json().plans as PlanJson[]).find((p) => p.youthPersonId === personId);
  expect(plan).toBeDefined();
  return plan as PlanJson;
}
const lisasPlan = () => planOf('u-sanne', 'hh-jansen', 'p-lisa');
const noorsPlan = () => planOf('u-mohamed', 'hh-visser', 'p-noor');
const topicIn = (plan: PlanJson, key: string) => plan.topics.find((x) => x.key === key);

async function setStatus(plan: PlanJson, key: string, status: string) {
  return (await as('u-sanne')).request({
    method: 'PUT',
    url: `/api/households/hh-jansen/future-plans/${plan.id}/topics/${key}`,
    payload: { status, version: plan.version },
  });
}

describe('editing a topic of the municipality', () => {
  it('changes names, explanation and due month; every plan shows the new words; audited without the words', async () => {
    await addTopic('sport_club', 'Sportclub', 'Sports club');
    const erik = await as('u-erik');
    const res = await erik.request({
      method: 'PUT',
      url: `${url}/sport_club`,
      payload: {
        title: { nl: 'Sport en cultuur', en: 'Sport and culture' },
        explanation: { nl: 'Blijf je sporten na 18?', en: 'Do you keep playing sports after 18?' },
        monthsBefore18: 4,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json().customTopics as OwnTopic[]).find((x) => x.key === 'sport_club')).toMatchObject({
      title: { nl: 'Sport en cultuur', en: 'Sport and culture' },
      monthsBefore18: 4,
      active: true,
      deactivatedAt: null,
    });
    // Lisa turns 18 on 2028-05-10: four months before is 2028-01-10.
    expect(topicIn(await lisasPlan(), 'sport_club')).toMatchObject({
      title: { nl: 'Sport en cultuur' },
      dueDate: '2028-01-10',
      active: true,
    });
    const [row] = await auditRows(t.database, 'future_plan.topic_edited', { subjectId: 'sport_club' });
    expect(row).toMatchObject({
      outcome: 'success',
      actor_user_id: 'u-erik',
      subject_type: 'future_plan_topic',
    });
    expect(row?.details).toEqual({ titleChanged: true, explanationChanged: true, monthsBefore18: 4 });
  });
});

describe('deactivating and reactivating', () => {
  it('keeps the topic, marked and read-only, in a plan that answered it; a plan without an answer and a new plan do not get it', async () => {
    await addTopic('scooter', 'Scooter', 'Scooter');
    const before = await lisasPlan();
    expect((await setStatus(before, 'scooter', 'in_progress')).statusCode).toBe(200);
    expect(topicIn(await noorsPlan(), 'scooter')).toMatchObject({ status: 'open', active: true });

    const off = await (await as('u-erik')).request({ method: 'POST', url: `${url}/scooter/deactivate` });
    expect(off.statusCode, off.body).toBe(200);
    expect((off.json().customTopics as OwnTopic[]).find((x) => x.key === 'scooter')).toMatchObject({
      active: false,
      deactivatedAt: expect.any(String),
    });

    const lisa = await lisasPlan();
    expect(topicIn(lisa, 'scooter')).toMatchObject({ status: 'in_progress', active: false, overdue: false });
    const change = await setStatus(lisa, 'scooter', 'done');
    expect(change.statusCode).toBe(409);
    expect(change.json().code).toBe('future_plan_topic_inactive');
    expect(topicIn(await noorsPlan(), 'scooter')).toBeUndefined();

    // Daan's plan starts after the deactivation (he is 16½ on 2027-03-15).
    await startDueFuturePlans(t.database.db, T, '2027-03-15');
    const daan = await planOf('u-mohamed', 'hh-visser', 'p-daan');
    expect(topicIn(daan, 'scooter')).toBeUndefined();
    expect(topicIn(daan, 'digid')).toBeDefined();

    const [row] = await auditRows(t.database, 'future_plan.topic_deactivated', { subjectId: 'scooter' });
    expect(row).toMatchObject({ outcome: 'success', actor_user_id: 'u-erik', details: { changed: true } });
  });

  it('no longer counts a deactivated topic for the coordinator’s alerts', async () => {
    await addTopic('bike_repair', 'Fiets maken', 'Bike repair');
    const plan = await lisasPlan();
    let version = plan.version;
    for (const x of plan.topics.filter((x) => x.active && x.key !== 'bike_repair')) {
      const res = await setStatus({ ...plan, version }, x.key, 'done');
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    }
    const atSeventeen = () => futurePlansWithTopicsOpenAt(t.database.db, T, '2027-06-01', 204, 'hh-jansen');
    expect((await atSeventeen()).map((p) => p.id)).toContain(plan.id);
    await (await as('u-erik')).request({ method: 'POST', url: `${url}/bike_repair/deactivate` });
    expect((await atSeventeen()).map((p) => p.id)).not.toContain(plan.id);
    // Put the plan back for the other tests: only Lisa's own answers changed.
    await t.database.ownerQuery("delete from future_plan_topic where plan_id = $1 and status = 'done'", [
      plan.id,
    ]);
  });

  it('offers a reactivated topic to every plan again, audited; deactivating twice changes nothing', async () => {
    await addTopic('pet_care', 'Huisdier', 'Pet');
    const erik = await as('u-erik');
    await erik.request({ method: 'POST', url: `${url}/pet_care/deactivate` });
    const twice = await erik.request({ method: 'POST', url: `${url}/pet_care/deactivate` });
    expect(twice.statusCode).toBe(200);
    expect(topicIn(await noorsPlan(), 'pet_care')).toBeUndefined();

    const on = await erik.request({ method: 'POST', url: `${url}/pet_care/reactivate` });
    expect(on.statusCode, on.body).toBe(200);
    expect((on.json().customTopics as OwnTopic[]).find((x) => x.key === 'pet_care')).toMatchObject({
      active: true,
      deactivatedAt: null,
    });
    expect(topicIn(await noorsPlan(), 'pet_care')).toMatchObject({ status: 'open', active: true });
    const deactivations = await auditRows(t.database, 'future_plan.topic_deactivated', {
      subjectId: 'pet_care',
    });
    expect(deactivations.map((r) => r.details?.changed)).toEqual([true, false]);
    const [reactivated] = await auditRows(t.database, 'future_plan.topic_reactivated', {
      subjectId: 'pet_care',
    });
    expect(reactivated).toMatchObject({ outcome: 'success', details: { changed: true } });
  });
});

describe('only the administrator', () => {
  it('refuses a coordinator at the route (403), audited, and the service refuses any non-administrator, audited', async () => {
    await addTopic('homework', 'Huiswerk', 'Homework');
    const sanne = await as('u-sanne');
    for (const [method, path] of [
      ['PUT', `${url}/homework`],
      ['POST', `${url}/homework/deactivate`],
      ['POST', `${url}/homework/reactivate`],
    ] as const) {
      const res = await sanne.request({
        method,
        url: path,
        payload: method === 'PUT' ? topic('x', 'a', 'b') : undefined,
      });
      expect(res.statusCode, path).toBe(403);
    }
    const refused = await auditRows(t.database, 'route.access', { userId: 'u-sanne' });
    expect(refused.map((r) => r.subject_id)).toEqual(
      expect.arrayContaining([
        'PUT /api/admin/future-plan-topics/:topicKey',
        'POST /api/admin/future-plan-topics/:topicKey/deactivate',
      ]),
    );
    expect(refused.every((r) => r.outcome === 'denied')).toBe(true);

    const { key: _key, ...change } = topic('homework', 'Anders', 'Other');
    await expect(
      editCustomTopic(
        t.database.db,
        coordinator,
        { requestId: 'r-1', clientAddress: '127.0.0.1' },
        'homework',
        change,
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const [denied] = await auditRows(t.database, 'future_plan.topic_edited', { userId: 'u-sanne' });
    expect(denied).toMatchObject({
      outcome: 'denied',
      subject_id: 'homework',
      details: { reason: 'role_not_allowed' },
    });
    const settings = await (await as('u-erik')).request({ url: '/api/admin/future-plan-settings' });
    expect((settings.json().customTopics as OwnTopic[]).find((x) => x.key === 'homework')?.title.nl).toBe(
      'Huiswerk',
    );
  });
});

describe('validation', () => {
  it('refuses a name already in use (409, also a standard topic’s, in any case), an unknown or standard key (404) and bad fields (400)', async () => {
    await addTopic('driving', 'Rijbewijs', 'Driving licence');
    await addTopic('cooking', 'Koken', 'Cooking');
    const erik = await as('u-erik');
    const sameName = await erik.request({
      method: 'POST',
      url,
      payload: topic('driving_two', 'rijbewijs ', 'Car'),
    });
    expect(sameName.statusCode).toBe(409);
    expect(sameName.json()).toMatchObject({
      code: 'future_plan_topic_title_exists',
      message: { nl: expect.stringContaining('Er is al een onderwerp met deze naam') },
    });
    const standardName = await erik.request({
      method: 'POST',
      url,
      payload: topic('digid_two', 'DigiD', 'Login'),
    });
    expect(standardName.statusCode).toBe(409);
    const { key: _key, ...renamed } = topic('cooking', 'Koken', 'Driving Licence');
    const editToTaken = await erik.request({ method: 'PUT', url: `${url}/cooking`, payload: renamed });
    expect(editToTaken.statusCode).toBe(409);
    // Its own name is no clash: saving a topic unchanged is fine.
    const { key: _k, ...unchanged } = topic('cooking', 'Koken', 'Cooking');
    expect(
      (await erik.request({ method: 'PUT', url: `${url}/cooking`, payload: unchanged })).statusCode,
    ).toBe(200);

    expect(
      (await erik.request({ method: 'PUT', url: `${url}/nothing_here`, payload: unchanged })).statusCode,
    ).toBe(404);
    expect((await erik.request({ method: 'POST', url: `${url}/digid/deactivate` })).statusCode).toBe(404);
    const empty = await erik.request({
      method: 'PUT',
      url: `${url}/cooking`,
      payload: { ...unchanged, title: { nl: ' ', en: 'Cooking' }, monthsBefore18: 30 },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.headers['content-type']).toContain('application/problem+json');
  });
});
