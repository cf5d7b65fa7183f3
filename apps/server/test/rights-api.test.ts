import type { RightsCase } from '@een-plan/contracts';
import { describe, expect, it } from 'vitest';
import { amsterdamDate } from '../src/referrals/working-days.ts';
import {
  addCalendarDays,
  complaintAcknowledgeDue,
  objectionDecisionDue,
  objectionExtendedDue,
  objectionFilingDeadline,
  requestDeadlines,
  weeksAfter,
} from '../src/rights/deadlines.ts';
import { DEFAULT_RIGHTS_SETTINGS } from '../src/rights/settings.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { appOfFile } from './helpers/file-app.ts';
import { postChecked } from './helpers/post-checked.ts';

/** Issue 16: the rights with their legal clocks, through the API (PGlite, real migrations). */
const { app, as } = appOfFile();
const today = () => amsterdamDate(new Date());
const daysAgo = (n: number) => addCalendarDays(today(), -n);
const HH = '/api/households/hh-jansen/rights';

const post = <T = RightsCase>(user: string, url: string, payload: unknown, status = 201) =>
  postChecked<T>(as, user, url, payload, status);

async function problem(user: string, url: string, payload: unknown) {
  const res = await (await as(user)).request({ method: 'POST', url, payload: payload as object });
  return { status: res.statusCode, code: res.json().code as string };
}

async function auditCount(action: string, outcome = 'success') {
  const [row] = await app().database.ownerQuery<{ n: string }>(
    'select count(*)::text as n from audit_log where action = $1 and outcome = $2',
    [action, outcome],
  );
  return Number(row?.n);
}

async function openTask(subjectId: string) {
  const [row] = await app().database.ownerQuery<{
    assignee_user_id: string | null;
    assignee_team_id: string | null;
    audience_role: string | null;
    due_date: string;
    status: string;
  }>(
    "select assignee_user_id, assignee_team_id, audience_role, to_char(due_date, 'YYYY-MM-DD') as due_date, status from task where kind = 'rights' and subject_id = $1",
    [subjectId],
  );
  return row;
}

/** A refused request, decided `decidedDaysAgo` days ago: something to object to. */
async function refusedRequest(decidedDaysAgo: number) {
  const request = await post('u-sanne', `${HH}/requests`, {
    law: 'jeugdwet',
    subject: 'Ambulante gezinsbegeleiding',
    receivedOn: daysAgo(decidedDaysAgo + 20),
  });
  return post(
    'u-sanne',
    `${HH}/${request.id}/decision`,
    {
      outcome: 'refused',
      reason: 'De hulp past niet bij de vraag; we bieden een andere vorm.',
      decidedOn: daysAgo(decidedDaysAgo),
      version: request.version,
    },
    200,
  );
}

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

describe('an objection (bezwaar)', () => {
  it('Anouk objects in the portal within 6 weeks; a hearing with an advisory committee moves the term to 12 weeks; one extension of 6 weeks', async () => {
    const decision = await refusedRequest(10);
    const objection = await post('u-anouk', '/api/my/rights', {
      kind: 'objection',
      relatedCaseId: decision.id,
      subject: 'Ik ben het niet eens met de weigering.',
    });
    const filingDeadline = objectionFilingDeadline(decision.decidedOn as string);
    expect(objection).toMatchObject({ kind: 'objection', late: false, filingDeadline, receivedOn: today() });
    expect(objection.dueOn).toBe(objectionDecisionDue(filingDeadline, today(), false));

    const hearingOn = addCalendarDays(today(), 14);
    const planned = await post(
      'u-ahmed',
      `${HH}/${objection.id}/hearing`,
      {
        hearingOn,
        advisoryCommittee: true,
        version: objection.version,
      },
      200,
    );
    expect(planned).toMatchObject({ status: 'hearing_planned', hearingOn, advisoryCommittee: true });
    expect(planned.dueOn).toBe(objectionDecisionDue(filingDeadline, today(), true));

    const extended = await post(
      'u-ahmed',
      `${HH}/${objection.id}/postponement`,
      {
        reason: 'De commissie heeft meer tijd nodig.',
        version: planned.version,
      },
      200,
    );
    expect(extended.dueOn).toBe(objectionExtendedDue(planned.dueOn as string));
    expect(
      await problem('u-ahmed', `${HH}/${objection.id}/postponement`, {
        reason: 'Nog eens',
        version: extended.version,
      }),
    ).toEqual({ status: 409, code: 'rights_already_postponed' });

    const heard = await post(
      'u-ahmed',
      `${HH}/${objection.id}/hearing`,
      {
        hearingOn,
        outcome: 'Moeder lichtte toe waarom de hulp nodig is.',
        version: extended.version,
      },
      200,
    );
    expect(heard.hearingOutcome).toBe('Moeder lichtte toe waarom de hulp nodig is.');
    const decided = await post(
      'u-ahmed',
      `${HH}/${objection.id}/decision`,
      {
        outcome: 'well_founded',
        reason: 'Het bezwaar is gegrond; de hulp wordt toegekend.',
        version: heard.version,
      },
      200,
    );
    expect(decided).toMatchObject({ status: 'decided', outcome: 'well_founded' });

    const mine = (await (await as('u-anouk')).request({ url: '/api/my/rights' })).json();
    expect(mine.cases.map((c: RightsCase) => c.id)).toEqual(
      expect.arrayContaining([decision.id, objection.id]),
    );
  });

  it('a late objection is recorded and flagged "te laat" only with the reason', async () => {
    const decision = await refusedRequest(60);
    expect(
      await problem('u-anouk', '/api/my/rights', {
        kind: 'objection',
        relatedCaseId: decision.id,
        subject: 'Ik ben het er niet mee eens.',
      }),
    ).toEqual({ status: 422, code: 'rights_late_reason_required' });
    const late = await post('u-anouk', '/api/my/rights', {
      kind: 'objection',
      relatedCaseId: decision.id,
      subject: 'Ik ben het er niet mee eens.',
      lateReason: 'Ik lag in het ziekenhuis.',
    });
    expect(late).toMatchObject({ late: true, lateReason: 'Ik lag in het ziekenhuis.' });
    expect(late.dueOn).toBe(weeksAfter(today(), 6));
  });

  it('only against a decided request of the same household', async () => {
    const open = await post('u-sanne', `${HH}/requests`, {
      law: 'jeugdwet',
      subject: 'Nog open',
      receivedOn: daysAgo(1),
    });
    expect(
      await problem('u-anouk', '/api/my/rights', {
        kind: 'objection',
        relatedCaseId: open.id,
        subject: 'Bezwaar tegen niets',
      }),
    ).toEqual({ status: 422, code: 'rights_no_decision_to_object' });
  });
});

describe('a complaint (klacht)', () => {
  it('is routed to the provider’s, the professional’s employer’s or the municipality’s procedure', async () => {
    expect(
      await problem('u-anouk', '/api/my/rights', {
        kind: 'complaint',
        about: 'provider',
        subject: 'Te vaak afgezegd',
      }),
    ).toEqual({
      status: 422,
      code: 'rights_organisation_required',
    });
    const provider = await post('u-anouk', '/api/my/rights', {
      kind: 'complaint',
      about: 'provider',
      organisationId: 'org-jeugdhulp',
      subject: 'Afspraken worden vaak afgezegd.',
    });
    expect(provider).toMatchObject({
      routedToOrganisationId: 'org-jeugdhulp',
      routedToName: 'Jeugdhulp Kennemerland',
    });
    const professional = await post('u-sanne', `${HH}/complaints`, {
      about: 'professional',
      subject: 'Ik word niet teruggebeld.',
      receivedOn: daysAgo(2),
    });
    expect(professional.routedToOrganisationId).toBe('org-sociaal-team');
    const municipality = await post('u-anouk', '/api/my/rights', {
      kind: 'complaint',
      about: 'municipality',
      subject: 'De brief was onduidelijk.',
    });
    expect(municipality.routedToOrganisationId).toBe('org-gemeente');
    expect(municipality.dueOn).toBe(weeksAfter(today(), 6));
  });

  it('is acknowledged: the task moves from the acknowledgement to the handling deadline', async () => {
    const c = await post('u-sanne', `${HH}/complaints`, {
      about: 'municipality',
      subject: 'Lange wachttijd',
      receivedOn: daysAgo(1),
    });
    expect((await openTask(c.id))?.due_date).toBe(complaintAcknowledgeDue(daysAgo(1)));
    const ack = await post('u-sanne', `${HH}/${c.id}/acknowledgement`, { version: c.version }, 200);
    expect(ack).toMatchObject({ status: 'acknowledged', acknowledgedOn: today() });
    // The handling deadline is 6 weeks away: no task yet.
    expect(await openTask(c.id)).toMatchObject({ status: 'done' });
    const decided = await post(
      'u-sanne',
      `${HH}/${c.id}/decision`,
      { outcome: 'founded', reason: 'Terecht.', version: ack.version },
      200,
    );
    expect(decided.outcome).toBe('founded');
  });
});

describe('second opinion and change of coordinator', () => {
  it('the team lead decides a second opinion with a reason; the coordinator may see but not decide it', async () => {
    const c = await post('u-anouk', '/api/my/rights', {
      kind: 'second_opinion',
      subject: 'Ik wil een andere deskundige horen.',
    });
    expect(await openTask(c.id)).toMatchObject({
      assignee_team_id: 'team-nieuw-vennep',
      audience_role: 'team_lead',
    });
    const before = await auditCount('rights.decide', 'denied');
    expect(
      await problem('u-sanne', `${HH}/${c.id}/decision`, {
        outcome: 'agreed',
        reason: 'Prima',
        version: c.version,
      }),
    ).toEqual({
      status: 403,
      code: 'forbidden',
    });
    expect(await auditCount('rights.decide', 'denied')).toBe(before + 1);
    const agreed = await post(
      'u-ahmed',
      `${HH}/${c.id}/decision`,
      {
        outcome: 'agreed',
        reason: 'Een orthopedagoog van een ander team kijkt mee.',
        version: c.version,
      },
      200,
    );
    expect(agreed).toMatchObject({ status: 'decided', outcome: 'agreed' });
    expect(await openTask(c.id)).toMatchObject({ status: 'done' });
  });

  it('an agreed change of coordinator hands over the caseload entry with a note', async () => {
    await app().database.ownerQuery(
      `insert into app_user (tenant_id, id, display_name, role, organisation_id, team_id)
       values ('0394', 'u-kees', 'Kees Bakker', 'coordinator', 'org-sociaal-team', 'team-nieuw-vennep')`,
    );
    const c = await post('u-anouk', '/api/my/rights', {
      kind: 'coordinator_change',
      subject: 'Het klikt niet met mijn regisseur.',
    });
    expect(
      await problem('u-ahmed', `${HH}/${c.id}/decision`, {
        outcome: 'agreed',
        reason: 'Akkoord',
        newCoordinatorId: 'u-mohamed',
        handoverNote: 'Zie plan',
        version: c.version,
      }),
    ).toEqual({ status: 422, code: 'rights_new_coordinator_invalid' });
    expect(
      await problem('u-ahmed', `${HH}/${c.id}/decision`, {
        outcome: 'agreed',
        reason: 'Akkoord',
        newCoordinatorId: 'u-kees',
        version: c.version,
      }),
    ).toEqual({ status: 422, code: 'rights_new_coordinator_invalid' });
    const agreed = await post(
      'u-ahmed',
      `${HH}/${c.id}/decision`,
      {
        outcome: 'agreed',
        reason: 'Een nieuwe start helpt het gezin.',
        newCoordinatorId: 'u-kees',
        handoverNote: 'Lopende aanvraag logeeropvang; bezwaar is afgerond.',
        version: c.version,
      },
      200,
    );
    expect(agreed).toMatchObject({
      newCoordinatorId: 'u-kees',
      handoverNote: 'Lopende aanvraag logeeropvang; bezwaar is afgerond.',
    });
    const [h] = await app().database.ownerQuery<{ coordinator_id: string }>(
      "select coordinator_id from household where id = 'hh-jansen'",
    );
    expect(h?.coordinator_id).toBe('u-kees');
    expect(await auditCount('household.coordinator_change')).toBe(1);
  });
});

describe('authorization, work list and settings', () => {
  it('another team’s coordinator gets 404 (audited), on the list and on a case', async () => {
    const before = await auditCount('rights.list', 'denied');
    expect((await (await as('u-mohamed')).request({ url: HH })).statusCode).toBe(404);
    expect(await auditCount('rights.list', 'denied')).toBe(before + 1);
    // Steps on a case are refused the same way: 404 when the household cannot be seen.
    const [c] = await app().database.ownerQuery<{ id: string }>(
      "select id from rights_case where household_id = 'hh-jansen' limit 1",
    );
    expect(
      await problem('u-mohamed', `${HH}/${c?.id}/decision`, {
        outcome: 'granted',
        reason: 'Mag niet',
        version: 1,
      }),
    ).toEqual({
      status: 404,
      code: 'not_found',
    });
  });

  it('the team lead’s work list holds the team’s open cases, soonest first; the other team’s lists none of them', async () => {
    const list = (await (await as('u-ahmed')).request({ url: '/api/rights/worklist' })).json();
    expect(list.items.length).toBeGreaterThan(0);
    const dues = list.items.map((c: RightsCase) => c.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect(list.items.every((c: RightsCase) => c.status !== 'decided')).toBe(true);
    const other = (await (await as('u-mohamed')).request({ url: '/api/rights/worklist' })).json();
    expect(other.items.some((c: RightsCase) => c.householdId === 'hh-jansen')).toBe(false);
  });

  it('the work list names each case’s household and audits every household it shows, once', async () => {
    const before = await auditRows(app().database, 'rights.worklist', { userId: 'u-ahmed' });
    const list = (await (await as('u-ahmed')).request({ url: '/api/rights/worklist' })).json();
    const shown = [...new Set(list.items.map((c: RightsCase) => c.householdId))].sort();
    expect(list.items.find((c: RightsCase) => c.householdId === 'hh-jansen')?.householdName).toBe(
      'Gezin Jansen',
    );
    expect(list.items.every((c: { householdName: string }) => c.householdName.length > 0)).toBe(true);
    const after = await auditRows(app().database, 'rights.worklist', { userId: 'u-ahmed' });
    const audited = after.slice(before.length).map((r) => r.subject_id);
    expect(audited.sort()).toEqual(shown);
  });

  it('the administrator sets the terms and the contacts residents see', async () => {
    const erik = await as('u-erik');
    const settings = {
      ...DEFAULT_RIGHTS_SETTINGS,
      requestDecisionWeeks: 10,
      vertrouwenspersoon: {
        name: 'AKJ',
        phone: '088 555 1000',
        email: 'info@akj.nl',
        website: 'https://www.akj.nl',
      },
    };
    const put = await erik.request({ method: 'PUT', url: '/api/admin/rights-settings', payload: settings });
    expect(put.statusCode).toBe(200);
    const c = await post('u-ahmed', `${HH}/requests`, {
      law: 'jeugdwet',
      subject: 'Nieuwe aanvraag',
      receivedOn: daysAgo(1),
    });
    expect(c.dueOn).toBe(weeksAfter(daysAgo(1), 10));
    const mine = (await (await as('u-anouk')).request({ url: '/api/my/rights' })).json();
    expect(mine.vertrouwenspersoon.name).toBe('AKJ');
    expect(mine.providers).toEqual(
      expect.arrayContaining([{ id: 'org-jeugdhulp', name: 'Jeugdhulp Kennemerland' }]),
    );
  });
});
