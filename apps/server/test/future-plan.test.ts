/**
 * Toekomstplan 18-/18+: the daily start at 16½ (idempotent, age per tenant) and the topics' due
 * dates. The youth's and the parents' view: future-plan-youth.test.ts; the coordinator's tasks and
 * the continuity decision: future-plan-alerts-continuity.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startDueFuturePlans } from '../src/futurePlan/start.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { futurePlanFile, T } from './helpers/future-plan-file.ts';

const { app, as, plansOf, lisasPlan, plansOfPerson, startLisasPlan } = futurePlanFile();

describe('the daily start', () => {
  it('starts a plan for a youth in care on the day she is 16½, once however often it runs', async () => {
    // Daan Visser (born 2010-09-15) is 16½ on 2027-03-15; his household has an open family plan.
    expect(await plansOfPerson('p-daan')).toHaveLength(0);
    await startDueFuturePlans(app().database.db, T, '2027-03-14');
    expect(await plansOfPerson('p-daan')).toHaveLength(0);
    const first = await startDueFuturePlans(app().database.db, T, '2027-03-15');
    const second = await startDueFuturePlans(app().database.db, T, '2027-03-15');
    expect(first).toBeGreaterThanOrEqual(1);
    expect(second).toBe(0);
    expect(await plansOfPerson('p-daan')).toHaveLength(1);
    // Nobody starts twice, and the start is in the audit log (by the system).
    const [dupes] = await app().database.ownerQuery<{ n: number }>(
      'select count(*)::int as n from (select person_id from future_plan group by person_id having count(*) > 1) d',
    );
    expect(dupes?.n).toBe(0);
    const started = await auditRows(app().database, 'future_plan.started', {
      subjectId: (await plansOfPerson('p-daan'))[0]?.id,
    });
    expect(started).toHaveLength(1);
  });

  it('starts at the age the tenant sets (administrator), not before', async () => {
    await app().database.ownerQuery("delete from future_plan where person_id = 'p-daan'");
    const erik = await as('u-erik');
    const set = await erik.request({
      method: 'PUT',
      url: '/api/admin/future-plan-settings',
      payload: { startAgeMonths: 192 },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().startAgeMonths).toBe(192);
    const tooOld = await erik.request({
      method: 'PUT',
      url: '/api/admin/future-plan-settings',
      payload: { startAgeMonths: 230 },
    });
    expect(tooOld.statusCode).toBe(400);
    await startDueFuturePlans(app().database.db, T, '2026-09-14');
    expect(await plansOfPerson('p-daan')).toHaveLength(0);
    await startDueFuturePlans(app().database.db, T, '2026-09-15');
    expect(await plansOfPerson('p-daan')).toHaveLength(1);
    // A coordinator may not change it.
    const sanne = await as('u-sanne');
    const denied = await sanne.request({
      method: 'PUT',
      url: '/api/admin/future-plan-settings',
      payload: { startAgeMonths: 198 },
    });
    expect(denied.statusCode).toBe(403);
    await erik.request({
      method: 'PUT',
      url: '/api/admin/future-plan-settings',
      payload: { startAgeMonths: 198 },
    });
  });

  it('never starts a plan for someone 18 or older, nor for a household out of care', async () => {
    // Willem de Graaf is an adult; the Jansen parents too.
    await startDueFuturePlans(app().database.db, T, '2026-12-01');
    for (const adult of ['p-willem', 'p-anouk', 'p-mark']) expect(await plansOfPerson(adult)).toHaveLength(0);
    // Tom (12) is too young.
    expect(await plansOfPerson('p-tom')).toHaveLength(0);
  });
});

describe('topics and their deadlines', () => {
  beforeAll(startLisasPlan);

  it('gives every standard topic a due date counted back from the 18th birthday, on a working day', async () => {
    await startDueFuturePlans(app().database.db, T, '2026-11-10');
    const lisa = await lisasPlan();
    expect(lisa.eighteenthBirthday).toBe('2028-05-10');
    const keys = lisa.topics.map((x) => x.key);
    for (const k of [
      'health_insurance',
      'digid',
      'bank_account',
      'allowances',
      'income',
      'housing',
      'school_or_work',
      'care_after_18',
      'money_and_debts',
      'free_time_and_friends',
      'network_after_18',
    ]) {
      expect(keys).toContain(k);
    }
    const due = (k: string) => lisa.topics.find((x) => x.key === k)?.dueDate;
    // DUO: at least 3 months before 18.
    expect(due('income')).toBe('2028-02-10');
    expect(due('health_insurance')).toBe('2028-05-10');
    for (const topic of lisa.topics) expect(topic.dueDate <= lisa.eighteenthBirthday).toBe(true);
    // Noor turns 18 on Thursday 2027-05-20; 3 months before is Saturday 2027-02-20 → Friday.
    const noor = (await plansOf('u-mohamed', 'hh-visser')).find((p) => p.youthPersonId === 'p-noor');
    expect(noor?.topics.find((x) => x.key === 'income')?.dueDate).toBe('2027-02-19');
    expect(lisa.daysUntil18).toBeGreaterThan(0);
  });

  it('lets the administrator add a topic that every plan then shows', async () => {
    const erik = await as('u-erik');
    const topic = {
      key: 'driving_licence',
      title: { nl: 'Rijbewijs', en: 'Driving licence' },
      explanation: {
        nl: 'Wil je een rijbewijs? Begin op tijd met lessen.',
        en: 'Want a licence? Start lessons in time.',
      },
      monthsBefore18: 1,
    };
    const added = await erik.request({
      method: 'POST',
      url: '/api/admin/future-plan-topics',
      payload: topic,
    });
    expect(added.statusCode, added.body).toBe(201);
    const again = await erik.request({
      method: 'POST',
      url: '/api/admin/future-plan-topics',
      payload: topic,
    });
    expect(again.statusCode).toBe(409);
    const standard = await erik.request({
      method: 'POST',
      url: '/api/admin/future-plan-topics',
      payload: { ...topic, key: 'digid' },
    });
    expect(standard.statusCode).toBe(400);
    const lisa = await lisasPlan();
    expect(lisa.topics.find((x) => x.key === 'driving_licence')).toMatchObject({
      dueDate: '2028-04-10',
      status: 'open',
    });
  });
});
