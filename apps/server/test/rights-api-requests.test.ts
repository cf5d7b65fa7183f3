import { describe, expect, it } from 'vitest';
import { addCalendarDays, requestDeadlines, weeksAfter } from '../src/rights/deadlines.ts';
import { DEFAULT_RIGHTS_SETTINGS } from '../src/rights/settings.ts';
import { rightsFile } from './helpers/rights-file.ts';

const { app, today, daysAgo, HH, post, problem, auditCount, openTask } = rightsFile();

describe('a request for help and its decision', () => {
  it('starts the 8-week clock (Atw applied), gives the coordinator a task near the deadline and is audited', async () => {
    const receivedOn = daysAgo(50);
    const before = await auditCount('rights.request.create');
    const c = await post('u-sanne', `${HH}/requests`, {
      law: 'jeugdwet',
      subject: 'Hulp bij opvoeden',
      receivedOn,
    });
    expect(c).toMatchObject({
      kind: 'request',
      status: 'open',
      law: 'jeugdwet',
      subject: 'Hulp bij opvoeden',
    });
    expect(c.dueOn).toBe(requestDeadlines('jeugdwet', receivedOn, DEFAULT_RIGHTS_SETTINGS).decisionDueOn);
    expect(await auditCount('rights.request.create')).toBe(before + 1);
    // Due within 14 days: the coordinator has the task, due on the deadline.
    expect(await openTask(c.id)).toMatchObject({
      assignee_user_id: 'u-sanne',
      due_date: c.dueOn,
      status: 'open',
    });
    // The subject is sealed at rest.
    const [raw] = await app().database.ownerQuery<{ subject_enc: string }>(
      'select subject_enc from rights_case where id = $1',
      [c.id],
    );
    expect(raw?.subject_enc).not.toContain('opvoeden');
  });

  it('Wmo: investigation 6 weeks, decision 2 weeks after the application', async () => {
    const c = await post('u-sanne', `${HH}/requests`, {
      law: 'wmo',
      subject: 'Huishoudelijke hulp',
      receivedOn: daysAgo(30),
      applicationOn: daysAgo(2),
    });
    expect(c.investigationDueOn).toBe(weeksAfter(daysAgo(30), 6));
    expect(c.dueOn).toBe(weeksAfter(daysAgo(2), 2));
  });

  it('is postponed once with a notice: a second time, a stale version or a passed deadline are refused', async () => {
    const c = await post('u-sanne', `${HH}/requests`, {
      law: 'jeugdwet',
      subject: 'Dagbesteding',
      receivedOn: daysAgo(3),
    });
    const newDueOn = addCalendarDays(c.dueOn as string, 28);
    expect(
      await problem('u-sanne', `${HH}/${c.id}/postponement`, {
        reason: 'Advies nodig',
        newDueOn,
        version: 99,
      }),
    ).toEqual({
      status: 409,
      code: 'version_conflict',
    });
    expect(
      await problem('u-sanne', `${HH}/${c.id}/postponement`, {
        reason: 'Advies nodig',
        newDueOn: addCalendarDays(c.dueOn as string, 80),
        version: c.version,
      }),
    ).toEqual({ status: 422, code: 'rights_invalid_due_date' });
    const postponed = await post(
      'u-sanne',
      `${HH}/${c.id}/postponement`,
      {
        reason: 'We wachten op advies van de jeugdarts.',
        newDueOn,
        version: c.version,
      },
      200,
    );
    expect(postponed).toMatchObject({ status: 'postponed', dueOn: newDueOn, postponedOn: today() });
    expect(
      await problem('u-sanne', `${HH}/${c.id}/postponement`, {
        reason: 'Nog meer tijd',
        newDueOn: addCalendarDays(newDueOn, 7),
        version: postponed.version,
      }),
    ).toEqual({ status: 409, code: 'rights_already_postponed' });

    const old = await post('u-sanne', `${HH}/requests`, {
      law: 'jeugdwet',
      subject: 'Vervoer',
      receivedOn: daysAgo(70),
    });
    expect(old.overdue).toBe(true);
    expect(
      await problem('u-sanne', `${HH}/${old.id}/postponement`, {
        reason: 'Te laat',
        newDueOn: today(),
        version: old.version,
      }),
    ).toEqual({ status: 422, code: 'rights_deadline_passed' });
  });

  it('is decided granted, partly or refused; the decision closes the task; an outcome of another kind is refused', async () => {
    const c = await post('u-sanne', `${HH}/requests`, {
      law: 'jeugdwet',
      subject: 'Logeeropvang',
      receivedOn: daysAgo(50),
    });
    expect(await openTask(c.id)).toMatchObject({ status: 'open' });
    expect(
      await problem('u-sanne', `${HH}/${c.id}/decision`, {
        outcome: 'founded',
        reason: 'Verkeerd',
        version: c.version,
      }),
    ).toEqual({ status: 422, code: 'rights_outcome_mismatch' });
    expect(
      await problem('u-sanne', `${HH}/${c.id}/decision`, {
        outcome: 'granted',
        reason: 'Toegekend',
        decidedOn: addCalendarDays(today(), 1),
        version: c.version,
      }),
    ).toEqual({ status: 422, code: 'rights_date_in_future' });
    const decided = await post(
      'u-sanne',
      `${HH}/${c.id}/decision`,
      {
        outcome: 'partly_granted',
        reason: 'Twee weekenden per maand in plaats van vier.',
        version: c.version,
      },
      200,
    );
    expect(decided).toMatchObject({
      status: 'decided',
      outcome: 'partly_granted',
      decidedOn: today(),
      overdue: false,
    });
    expect(await openTask(c.id)).toMatchObject({ status: 'done' });
    expect(
      await problem('u-sanne', `${HH}/${c.id}/decision`, {
        outcome: 'granted',
        reason: 'Nogmaals',
        version: decided.version,
      }),
    ).toEqual({ status: 409, code: 'rights_case_closed' });
  });

  it('refuses a date in the future and bad input without a 500', async () => {
    expect(
      await problem('u-sanne', `${HH}/requests`, {
        law: 'jeugdwet',
        subject: 'Toekomst',
        receivedOn: addCalendarDays(today(), 3),
      }),
    ).toEqual({ status: 422, code: 'rights_date_in_future' });
    expect((await problem('u-sanne', `${HH}/requests`, { law: 'awbz', subject: 'x' })).status).toBe(400);
  });
});
