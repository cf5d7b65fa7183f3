/**
 * Child-protection measures through the API: the legal maximums (OTS and machtiging a year, also
 * per extension; provisional OTS three months, not extended; voogdij until 18), the unused
 * machtiging that lapses after three months, reminder tasks before deadlines, and who may know.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonthsAndDays } from '../src/plans/closure.ts';
import { workingDaysBefore } from '../src/protection/rules.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
const today = dutchDay();
const months = (n: number, days = 0) => addMonthsAndDays(today, n, days);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function post(user: string, url: string, payload: object = {}) {
  return (await as(user)).request({ method: 'POST', url, payload });
}

async function register(payload: Record<string, unknown>) {
  return post('u-bram', '/api/protection/measures', {
    householdId: 'hh-jansen',
    personId: 'p-tom',
    courtReference: 'C/15/999 / JE RK 26-1',
    ...payload,
  });
}

async function bramTasks() {
  const res = await (await as('u-bram')).request({ url: '/api/tasks?pageSize=100' });
  return res.json().items as Array<{ kind: string; subjectId: string; dueDate: string }>;
}

describe('legal maximums', () => {
  it('allows an OTS of at most one year, with the extension deadline 20 working days before its end', async () => {
    const tooLong = await register({ kind: 'ots', startDate: today, endDate: months(12, 1) });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json()).toMatchObject({ code: 'measure_exceeds_maximum', errors: [{ path: 'endDate' }] });
    const ok = await register({ kind: 'ots', startDate: today, endDate: months(12) });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      kind: 'ots',
      status: 'active',
      endDate: months(12),
      extensionDeadline: workingDaysBefore(months(12), 20),
      lapsesUnusedOn: null,
    });
    // Extended by the court: again at most a year from the current end.
    const id = ok.json().id;
    const over = await post('u-bram', `/api/protection/measures/${id}/extension`, {
      newEndDate: months(24, 1),
      courtReference: 'C/15/999 / JE RK 27-1',
    });
    expect(over.json().code).toBe('measure_exceeds_maximum');
    const extended = await post('u-bram', `/api/protection/measures/${id}/extension`, {
      newEndDate: months(24),
      courtReference: 'C/15/999 / JE RK 27-1',
    });
    expect(extended.statusCode).toBe(200);
    expect(extended.json().endDate).toBe(months(24));
    expect(extended.json().extensions).toMatchObject([
      { previousEndDate: months(12), newEndDate: months(24) },
    ]);
  });

  it('allows a provisional OTS of at most three months and never extends it', async () => {
    expect(
      (await register({ kind: 'provisional_ots', startDate: today, endDate: months(3, 1) })).json().code,
    ).toBe('measure_exceeds_maximum');
    const ok = await register({ kind: 'provisional_ots', startDate: today, endDate: months(3) });
    expect(ok.json()).toMatchObject({ status: 'active', extensionDeadline: null });
    const ext = await post('u-bram', `/api/protection/measures/${ok.json().id}/extension`, {
      newEndDate: months(4),
      courtReference: 'C/15/999 / JE RK 27-2',
    });
    expect(ext.statusCode).toBe(409);
    expect(ext.json().code).toBe('measure_not_extendable');
  });

  it('runs voogdij until the 18th birthday and refuses a measure for an adult', async () => {
    const guardianship = await register({ kind: 'guardianship', startDate: today });
    expect(guardianship.json().endDate).toBe('2032-03-15');
    const adult = await register({ kind: 'ots', personId: 'p-anouk', startDate: today, endDate: months(6) });
    expect(adult.json().code).toBe('measure_person_not_child');
    const notMember = await register({
      kind: 'ots',
      personId: 'p-deniz',
      startDate: today,
      endDate: months(6),
    });
    expect(notMember.json().code).toBe('measure_person_not_child');
  });
});

describe('a machtiging uithuisplaatsing', () => {
  it('lapses when not used within three months, and cannot be used after', async () => {
    const res = await register({ kind: 'out_of_home_placement', startDate: months(-4), endDate: months(6) });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'lapsed', lapsesUnusedOn: months(-1) });
    const use = await post('u-bram', `/api/protection/measures/${res.json().id}/placement`, {
      placementStartedOn: today,
    });
    expect(use.json().code).toBe('measure_not_active');
  });

  it('no longer lapses once the child was placed within the three months', async () => {
    const res = await register({ kind: 'out_of_home_placement', startDate: months(-1), endDate: months(11) });
    expect(res.json().lapsesUnusedOn).toBe(months(2));
    const late = await post('u-bram', `/api/protection/measures/${res.json().id}/placement`, {
      placementStartedOn: months(-2),
    });
    expect(late.json().code).toBe('measure_date_invalid');
    const used = await post('u-bram', `/api/protection/measures/${res.json().id}/placement`, {
      placementStartedOn: today,
    });
    expect(used.json()).toMatchObject({ status: 'active', placementStartedOn: today, lapsesUnusedOn: null });
  });
});

describe('reminder tasks', () => {
  it('gives the GI caseworker tasks before the demo measures’ deadlines', async () => {
    const tasks = (await bramTasks()).filter((x) => x.kind === 'measure_deadline').map((x) => x.subjectId);
    expect(tasks).toEqual(expect.arrayContaining(['measure-deniz-ots', 'measure-jayden-uhp']));
  });

  it('raises a task for a measure ending within 30 days and closes it when the measure ends', async () => {
    // Two months long and ending in 16 days, on every calendar day (counting from the end keeps it
    // within a provisional OTS's three months, also where month lengths differ).
    const endDate = months(0, 16);
    const res = await register({
      kind: 'provisional_ots',
      startDate: addMonthsAndDays(endDate, -2, 0),
      endDate,
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    expect((await bramTasks()).filter((x) => x.subjectId === id)).toMatchObject([
      { kind: 'measure_deadline', dueDate: endDate },
    ]);
    const ended = await post('u-bram', `/api/protection/measures/${id}/end`, {
      endedOn: today,
      reason: 'court_ended',
    });
    expect(ended.json().status).toBe('ended');
    expect((await bramTasks()).filter((x) => x.subjectId === id)).toEqual([]);
    const again = await post('u-bram', `/api/protection/measures/${id}/end`, {
      endedOn: today,
      reason: 'other',
    });
    expect(again.json().code).toBe('measure_not_active');
  });
});

describe('who may know', () => {
  it('shows a household’s measures to its coordinator and the GI only, auditing reads and refusals', async () => {
    const url = '/api/households/hh-ozturk/protection-measures';
    const sanne = await (await as('u-sanne')).request({ url });
    expect(sanne.statusCode).toBe(200);
    expect(sanne.json().items.map((m: { id: string; kind: string }) => `${m.id}:${m.kind}`)).toEqual([
      'measure-deniz-ots:ots',
    ]);
    expect((await (await as('u-bram')).request({ url })).statusCode).toBe(200);
    expect((await (await as('u-mohamed')).request({ url })).statusCode).toBe(404);
    for (const user of ['u-anouk', 'u-fatima', 'u-karin', 'u-joost']) {
      expect({ user, status: (await (await as(user)).request({ url })).statusCode }).toEqual({
        user,
        status: 403,
      });
    }
    const rows = (await t.database.ownerQuery(
      "select outcome, actor_user_id from audit_log where action = 'protection_measure.list' and subject_id = 'hh-ozturk' order by id",
    )) as unknown as Array<{ outcome: string; actor_user_id: string }>;
    expect(rows).toEqual([
      { outcome: 'success', actor_user_id: 'u-sanne' },
      { outcome: 'success', actor_user_id: 'u-bram' },
      { outcome: 'denied', actor_user_id: 'u-mohamed' },
    ]);
  });

  it('answers a GI 404 on a household where it carries out no measure, and on another GI’s measure', async () => {
    expect(
      (await (await as('u-bram')).request({ url: '/api/households/hh-de-graaf/protection-measures' }))
        .statusCode,
    ).toBe(404);
    const one = await (await as('u-mohamed')).request({ url: '/api/protection/measures/measure-deniz-ots' });
    expect(one.statusCode).toBe(404);
    const byCoordinator = await post('u-sanne', '/api/protection/measures', {});
    expect(byCoordinator.statusCode).toBe(403);
  });
});
