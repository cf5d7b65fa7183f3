import type { RightsCase } from '@een-plan/contracts';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  complaintAcknowledgeDue,
  objectionDecisionDue,
  objectionExtendedDue,
  objectionFilingDeadline,
  weeksAfter,
} from '../src/rights/deadlines.ts';
import { rightsFile } from './helpers/rights-file.ts';

const { as, today, daysAgo, HH, post, problem, openTask, refusedRequest } = rightsFile();

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
