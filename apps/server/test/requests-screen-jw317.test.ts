import { buildMessage, headerDefaults, type Jw317Bericht, parseMessage, validateXml } from '@een-plan/ijw';
import { describe, expect, it } from 'vitest';
import { requestFile } from './helpers/request-file.ts';

const { app, as, day, personOf, requestRow, message, uiRequest, post, requestIdByReference } = requestFile();

describe('JW315 verzoek om toewijzing from the provider screen', () => {
  let requestId: string;

  it('stores an open request, answered with a JW316 retour without codes', async () => {
    const res = await uiRequest('p-elif');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'open', retourcodes: [] });
    requestId = res.json().requestIds[0];
    const r = await requestRow(requestId);
    expect(r).toMatchObject({ status: 'open', person_id: 'p-elif', household_id: 'hh-ozturk' });
    expect(r.provider_reference).toMatch(/^VOT/);
    const [incoming] = await app().database.ownerQuery<{ xml: string; retour_message_id: string }>(
      'select m.xml, m.retour_message_id from ijw_message m join assignment_request r on r.incoming_message_id = m.id where r.id = $1',
      [requestId],
    );
    expect(parseMessage(incoming!.xml).type).toBe('JW315');
    expect(incoming!.xml).toContain('<ijw:ZorgverlenerCode>01234567</ijw:ZorgverlenerCode>');
    const retour = await message(incoming!.retour_message_id);
    expect(retour.message_type).toBe('JW316');
    expect(retour.xml).not.toContain('RetourCode');
  });

  it('refuses a second request for the same client while one is open (9374) and stores nothing', async () => {
    const [before] = await app().database.ownerQuery<{ n: number }>(
      'select count(*)::int as n from ijw_message',
    );
    const res = await uiRequest('p-elif');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('request_already_pending');
    const [after] = await app().database.ownerQuery<{ n: number }>(
      'select count(*)::int as n from ijw_message',
    );
    expect(after!.n).toBe(before!.n);
  });

  it('refuses a product outside the provider’s contract', async () => {
    const res = await uiRequest('p-jayden', { contractProductId: 'no-such-product' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('request_product_not_contracted');
  });

  it('shows the request to the household’s team only', async () => {
    const sanne = await as('u-sanne');
    const list = await sanne.request({ url: '/api/assignment-requests?status=open' });
    expect(list.statusCode).toBe(200);
    const mine = list.json().requests.find((r: { id: string }) => r.id === requestId);
    expect(mine).toMatchObject({ householdId: 'hh-ozturk', personFirstName: 'Elif', status: 'open' });
    const mohamed = await as('u-mohamed');
    const other = await mohamed.request({ url: '/api/assignment-requests' });
    expect(other.json().requests.map((r: { id: string }) => r.id)).not.toContain(requestId);
    expect((await mohamed.request({ url: `/api/assignment-requests/${requestId}` })).statusCode).toBe(404);
    const denied = await mohamed.request({
      method: 'POST',
      url: `/api/assignment-requests/${requestId}/decision`,
      payload: { version: 1, decision: 'grant' },
    });
    expect(denied.statusCode).toBe(404);
    const [audit] = await app().database.ownerQuery<{ outcome: string; actor_user_id: string }>(
      "select outcome, actor_user_id from audit_log where action = 'assignment_request.decide' and subject_id = $1",
      [requestId],
    );
    expect(audit).toMatchObject({ outcome: 'denied', actor_user_id: 'u-mohamed' });
    const fatima = await as('u-fatima');
    expect((await fatima.request({ url: '/api/assignment-requests' })).statusCode).toBe(403);
    expect(
      (await (await as('u-pieter')).request({ url: '/api/provider/assignment-requests' })).statusCode,
    ).toBe(403);
    expect(
      (await (await as('u-ahmed')).request({ url: `/api/assignment-requests/${requestId}` })).statusCode,
    ).toBe(200);
  });

  it('grants: an assignment without a plan action and a JW301 with the ReferentieAanbieder', async () => {
    const ahmed = await as('u-ahmed');
    const res = await ahmed.request({
      method: 'POST',
      url: `/api/assignment-requests/${requestId}/decision`,
      payload: { version: 1, decision: 'grant' },
    });
    expect(res.statusCode).toBe(200);
    const assignmentId = res.json().assignmentId as string;
    const r = await requestRow(requestId);
    expect(r).toMatchObject({ status: 'granted', granted_assignment_id: assignmentId });
    const jw301 = await message(r.answer_message_id!);
    expect(jw301.message_type).toBe('JW301');
    expect(jw301.xml).toContain(
      `<jw301:ReferentieAanbieder>${r.provider_reference}</jw301:ReferentieAanbieder>`,
    );
    expect((await message(jw301.retour_message_id!)).message_type).toBe('JW302');
    const [a] = await app().database.ownerQuery<{
      plan_action_id: string | null;
      status: string;
      approved_by: string;
    }>('select plan_action_id, status, approved_by from assignment where id = $1', [assignmentId]);
    expect(a).toMatchObject({ plan_action_id: null, status: 'assigned', approved_by: 'u-ahmed' });
    // The household's list and the provider's list cope with an assignment without a plan action.
    const sanne = await as('u-sanne');
    const household = await sanne.request({ url: '/api/households/hh-ozturk/assignments' });
    expect(household.statusCode).toBe(200);
    expect(household.json().assignments.find((x: { id: string }) => x.id === assignmentId)).toMatchObject({
      planActionId: null,
      personFirstName: 'Elif',
    });
    const provider = await (await as('u-fatima')).request({ url: '/api/provider/assignments' });
    expect(provider.json().assignments.map((x: { id: string }) => x.id)).toContain(assignmentId);
    const overview = await (await as('u-fatima')).request({ url: '/api/provider/assignment-requests' });
    expect(overview.json().requests.find((x: { id: string }) => x.id === requestId)).toMatchObject({
      status: 'granted',
      grantedAssignmentId: assignmentId,
      householdId: null,
    });
    const again = await ahmed.request({
      method: 'POST',
      url: `/api/assignment-requests/${requestId}/decision`,
      payload: { version: 2, decision: 'refuse', reason: '7' },
    });
    expect(again.json().code).toBe('request_not_open');
  });

  it('a coordinator cannot grant above the approval threshold: the team lead decides', async () => {
    const res = await uiRequest('p-mark', { volume: 40, endDate: day(10 + 40 * 7 - 1) });
    expect(res.statusCode).toBe(201);
    const id = res.json().requestIds[0];
    const sanne = await as('u-sanne');
    const grant = await sanne.request({
      method: 'POST',
      url: `/api/assignment-requests/${id}/decision`,
      payload: { version: 1, decision: 'grant' },
    });
    expect(grant.statusCode).toBe(409);
    expect(grant.json().code).toBe('request_needs_team_lead');
    expect((await requestRow(id)).status).toBe('open');
    const refuse = await sanne.request({
      method: 'POST',
      url: `/api/assignment-requests/${id}/decision`,
      payload: { version: 1, decision: 'refuse', reason: '2' },
    });
    expect(refuse.statusCode).toBe(200);
    const r = await requestRow(id);
    const jw319 = await message(r.answer_message_id!);
    expect(jw319.message_type).toBe('JW319');
    expect(jw319.xml).toContain('<jw319:RedenAfwijzingVerzoek>2</jw319:RedenAfwijzingVerzoek>');
    expect((await message(jw319.retour_message_id!)).message_type).toBe('JW320');
  });
});

describe('JW317 verzoek om wijziging', () => {
  async function currentOf(personId: string) {
    return app().database.ownerQuery<{
      id: string;
      assignment_number: number;
      start_date: string;
      end_date: string;
      volume: number;
      change_reason: string | null;
      status: string;
    }>(
      `select id, assignment_number, to_char(start_date, 'YYYY-MM-DD') as start_date,
              to_char(end_date, 'YYYY-MM-DD') as end_date, volume, change_reason, status
         from assignment where person_id = $1 and end_date >= current_date and status in ('assigned', 'started')
        order by assignment_number`,
      [personId],
    );
  }

  async function incomingOf(requestId: string) {
    const [m] = await app().database.ownerQuery<{ xml: string; retour_message_id: string }>(
      'select m.xml, m.retour_message_id from ijw_message m join assignment_request r on r.incoming_message_id = m.id where r.id = $1',
      [requestId],
    );
    return m!;
  }

  it('from the screen: a later end date is granted on the assignment itself (RedenWijziging 12)', async () => {
    const [tom] = await currentOf('p-tom');
    const fatima = await as('u-fatima');
    const res = await fatima.request({
      method: 'POST',
      url: '/api/provider/assignment-change-requests',
      payload: { assignmentId: tom!.id, reason: '1', desiredStart: tom!.start_date, endDate: day(150) },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().requestIds[0];
    expect((await message((await incomingOf(id)).retour_message_id)).message_type).toBe('JW318');
    const again = await fatima.request({
      method: 'POST',
      url: '/api/provider/assignment-change-requests',
      payload: { assignmentId: tom!.id, reason: '1', desiredStart: tom!.start_date, endDate: day(160) },
    });
    expect(again.json().code).toBe('request_already_pending');

    const grant = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/assignment-requests/${id}/decision`,
      payload: { version: 1, decision: 'grant' },
    });
    expect(grant.statusCode).toBe(200);
    expect(grant.json().assignmentId).toBe(tom!.id);
    expect((await currentOf('p-tom'))[0]).toMatchObject({
      id: tom!.id,
      end_date: day(150),
      change_reason: '12',
      status: 'started',
    });
    const r = await requestRow(id);
    const jw301 = await message(r.answer_message_id!);
    expect(jw301.xml).toContain('<jw301:RedenWijziging>12</jw301:RedenWijziging>');
    expect(jw301.xml).toContain(
      `<jw301:ReferentieAanbieder>${r.provider_reference}</jw301:ReferentieAanbieder>`,
    );
    expect(jw301.xml.match(/<jw301:ToegewezenProduct>/g)).toHaveLength(1);
  });

  it('a new volume from a later date ends the assignment the day before and assigns a new one', async () => {
    // Elif's assignment from the granted request above starts in 10 days.
    const [a] = await currentOf('p-elif');
    expect(a!.start_date).toBe(day(10));
    const fatima = await as('u-fatima');
    const res = await fatima.request({
      method: 'POST',
      url: '/api/provider/assignment-change-requests',
      payload: { assignmentId: a!.id, reason: '2', desiredStart: day(30), volume: 3 },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().requestIds[0];
    const grant = await (await as('u-ahmed')).request({
      method: 'POST',
      url: `/api/assignment-requests/${id}/decision`,
      payload: { version: 1, decision: 'grant' },
    });
    expect(grant.statusCode).toBe(200);
    const newId = grant.json().assignmentId as string;
    expect(newId).not.toBe(a!.id);
    const rows = await currentOf('p-elif');
    expect(rows.find((x) => x.id === a!.id)).toMatchObject({
      end_date: day(29),
      change_reason: '12',
      volume: 1,
    });
    expect(rows.find((x) => x.id === newId)).toMatchObject({
      start_date: day(30),
      volume: 3,
      change_reason: null,
    });
    const jw301 = await message((await requestRow(id)).answer_message_id!);
    expect(jw301.xml.match(/<jw301:ToegewezenProduct>/g)).toHaveLength(2);
  });

  function jw317(opts: {
    identificatie: string;
    reference: string;
    bsn: string;
    changed: number;
    unchanged?: number[];
    start: string;
  }) {
    return buildMessage('JW317', {
      Header: {
        ...headerDefaults('JW317'),
        Afzender: '98765432',
        Ontvanger: '0394',
        BerichtIdentificatie: { Identificatie: opts.identificatie, Dagtekening: day(0) },
      },
      Client: {
        Bsn: opts.bsn,
        Verzoek: {
          ReferentieAanbieder: opts.reference,
          RedenVerzoek: '1',
          ...(opts.unchanged?.length
            ? { OngewijzigdeProducten: opts.unchanged.map((n) => ({ ToewijzingNummer: n })) }
            : {}),
          TeWijzigenProducten: [
            {
              ToewijzingNummer: opts.changed,
              GewensteIngangsdatum: opts.start,
              Einddatum: day(120),
              Omvang: { Volume: 4, Eenheid: '04', Frequentie: '2' },
            },
          ],
        },
      },
    } as Jw317Bericht);
  }

  it('over HTTP: 9349 when not every current assignment is in the request; refused with a JW319', async () => {
    const elif = await personOf('p-elif');
    const current = await currentOf('p-elif');
    expect(current).toHaveLength(2);
    const fatima = await as('u-fatima');
    const incomplete = await post(
      fatima,
      jw317({
        identificatie: 'HTVOW1',
        reference: 'HTTP-VOW-1',
        bsn: elif.bsn,
        changed: current[1]!.assignment_number,
        start: day(40),
      }),
    );
    expect(incomplete.statusCode).toBe(200);
    expect(parseMessage(incomplete.body).type).toBe('JW318');
    expect(incomplete.body).toMatch(/<jw318:RetourCode>9349<\/jw318:RetourCode>/);
    expect(await requestIdByReference('HTTP-VOW-1')).toBeUndefined();

    const complete = await post(
      fatima,
      jw317({
        identificatie: 'HTVOW2',
        reference: 'HTTP-VOW-2',
        bsn: elif.bsn,
        changed: current[1]!.assignment_number,
        unchanged: [current[0]!.assignment_number],
        start: day(40),
      }),
    );
    expect(complete.body).not.toContain('RetourCode');
    const id = await requestIdByReference('HTTP-VOW-2');
    const refused = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/assignment-requests/${id}/decision`,
      payload: { version: 1, decision: 'refuse', reason: '7' },
    });
    expect(refused.statusCode).toBe(200);
    const r = await requestRow(id!);
    const jw319 = await message(r.answer_message_id!);
    expect(jw319).toMatchObject({ message_type: 'JW319', assignment_id: current[1]!.id });
    expect((await message(jw319.retour_message_id!)).message_type).toBe('JW320');
    // Nothing changed on the assignments.
    expect(await currentOf('p-elif')).toEqual(current);
  });

  it('from the screen: the other current assignments go in the JW317 as unchanged (TR349)', async () => {
    const current = await currentOf('p-elif');
    const res = await (await as('u-fatima')).request({
      method: 'POST',
      url: '/api/provider/assignment-change-requests',
      payload: {
        assignmentId: current[1]!.id,
        reason: '1',
        desiredStart: current[1]!.start_date,
        endDate: day(130),
      },
    });
    expect(res.statusCode).toBe(201);
    const { xml } = await incomingOf(res.json().requestIds[0]);
    expect(xml).toMatch(
      new RegExp(
        `<jw317:OngewijzigdProduct>\\s*<jw317:ToewijzingNummer>${current[0]!.assignment_number}</jw317:ToewijzingNummer>`,
      ),
    );
    const other = await (await as('u-fatima')).request({
      method: 'POST',
      url: '/api/provider/assignment-change-requests',
      payload: { assignmentId: 'asg-unknown', reason: '1', desiredStart: day(20), endDate: day(130) },
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('every stored message', () => {
  it('passes the XSD and the official rules', async () => {
    const rows = await app().database.ownerQuery<{ id: string; message_type: string; xml: string }>(
      'select id, message_type, xml from ijw_message order by created_at',
    );
    expect(rows.length).toBeGreaterThan(20);
    for (const m of rows) {
      const report = await validateXml(m.xml);
      expect({ type: m.message_type, valid: report.valid, issues: report.issues }).toMatchObject({
        type: m.message_type,
        valid: true,
      });
    }
  });
});
