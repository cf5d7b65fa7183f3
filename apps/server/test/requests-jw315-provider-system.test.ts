import { parseMessage, validateXml } from '@een-plan/ijw';
import { describe, expect, it } from 'vitest';
import { addAnotherProvider } from './helpers/another-provider.ts';
import { requestFile } from './helpers/request-file.ts';

const { app, as, day, personOf, requestRow, message, uiRequest, jw315, post, requestIdByReference } =
  requestFile();

describe('demo data', () => {
  it('has an open, a granted and a refused request and a granted change, with their messages', async () => {
    const rows = await app().database.ownerQuery<{ kind: string; status: string; person_id: string }>(
      "select kind, status, person_id from assignment_request where organisation_id = 'org-jeugdhulp' order by created_at",
    );
    expect(rows).toEqual([
      { kind: 'toewijzing', status: 'granted', person_id: 'p-deniz' },
      { kind: 'toewijzing', status: 'refused', person_id: 'p-sem' },
      { kind: 'wijziging', status: 'granted', person_id: 'p-tom' },
      { kind: 'toewijzing', status: 'open', person_id: 'p-lisa' },
    ]);
    const types = await app().database.ownerQuery<{ message_type: string }>(
      'select distinct message_type from ijw_message order by message_type',
    );
    expect(types.map((x) => x.message_type)).toEqual(
      expect.arrayContaining(['JW315', 'JW316', 'JW317', 'JW318', 'JW319', 'JW320']),
    );
  });
});

describe('JW315 from a provider system: POST /api/ijw/messages', () => {
  it('answers with the JW316, once; a duplicate gets the same retour', async () => {
    const sem = await personOf('p-sem');
    const fatima = await as('u-fatima');
    const xml = jw315({
      identificatie: 'HTVOT1',
      reference: 'HTTP-VOT-1',
      bsn: sem.bsn,
      birthDate: sem.birth_date,
    });
    const first = await post(fatima, xml);
    expect(first.statusCode).toBe(200);
    expect(parseMessage(first.body).type).toBe('JW316');
    expect(first.body).not.toContain('RetourCode');
    const second = await post(fatima, xml);
    expect(second.headers['ijw-duplicate']).toBe('true');
    expect(second.body).toBe(first.body);
    const rows = await app().database.ownerQuery<{ id: string; status: string; household_id: string }>(
      "select id, status, household_id from assignment_request where provider_reference = 'HTTP-VOT-1'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'open', household_id: 'hh-de-graaf' });

    // Sem's coordinator refuses: another municipality is responsible (woonplaatsbeginsel).
    const mohamed = await as('u-mohamed');
    const noMunicipality = await mohamed.request({
      method: 'POST',
      url: `/api/assignment-requests/${rows[0]!.id}/decision`,
      payload: { version: 1, decision: 'refuse', reason: '8' },
    });
    expect(noMunicipality.statusCode).toBe(400);
    const refused = await mohamed.request({
      method: 'POST',
      url: `/api/assignment-requests/${rows[0]!.id}/decision`,
      payload: { version: 1, decision: 'refuse', reason: '8', municipality: '0363' },
    });
    expect(refused.statusCode).toBe(200);
    const r = await requestRow(rows[0]!.id);
    const jw319 = await message(r.answer_message_id!);
    expect(jw319.xml).toContain('<jw319:ReferentieAanbieder>HTTP-VOT-1</jw319:ReferentieAanbieder>');
    expect(jw319.xml).toContain('<jw319:VerzoekAntwoord>1</jw319:VerzoekAntwoord>');
    expect(jw319.xml).toContain('<jw319:Gemeente>0363</jw319:Gemeente>');
    expect((await validateXml(jw319.xml)).valid).toBe(true);
  });

  it('rejects with retour codes: reference used before (9347), product not contracted (S329)', async () => {
    const sem = await personOf('p-sem');
    const fatima = await as('u-fatima');
    const reused = await post(
      fatima,
      jw315({ identificatie: 'HTVOT2', reference: 'HTTP-VOT-1', bsn: sem.bsn, birthDate: sem.birth_date }),
    );
    expect(reused.statusCode).toBe(200);
    expect(reused.body).toMatch(/<jw316:RetourCode>9347<\/jw316:RetourCode>/);
    const notContracted = await post(
      fatima,
      jw315({
        identificatie: 'HTVOT3',
        reference: 'HTTP-VOT-3',
        bsn: sem.bsn,
        birthDate: sem.birth_date,
        // Dagbehandeling: no demo contract covers category 41.
        category: '41',
        code: '41A01',
      }),
    );
    expect(notContracted.body).toMatch(/<jw316:RetourCode>S329<\/jw316:RetourCode>/);
    expect((await validateXml(notContracted.body)).valid).toBe(true);
    expect(await requestIdByReference('HTTP-VOT-3')).toBeUndefined();
  });

  it('refuses at once with a JW319 (5, another municipality) when no resident matches', async () => {
    const fatima = await as('u-fatima');
    const res = await post(
      fatima,
      jw315({ identificatie: 'HTVOT4', reference: 'HTTP-VOT-4', bsn: '999990020', birthDate: '2015-01-01' }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('RetourCode');
    const id = await requestIdByReference('HTTP-VOT-4');
    const r = await requestRow(id!);
    expect(r).toMatchObject({
      status: 'refused',
      refusal_reason: '5',
      auto_refusal: 'client_unknown',
      person_id: null,
    });
    expect((await message(r.answer_message_id!)).message_type).toBe('JW319');
  });
});

describe('another provider', () => {
  it('sees none of these requests and cannot ask to change another provider’s assignment', async () => {
    await addAnotherProvider(app().database, {
      organisationId: 'org-ander',
      userId: 'u-ander',
      agbCode: '87654321',
    });
    const other = await as('u-ander');
    const overview = await other.request({ url: '/api/provider/assignment-requests' });
    expect(overview.statusCode).toBe(200);
    expect(overview.json()).toEqual({ requests: [], products: [] });
    const change = await other.request({
      method: 'POST',
      url: '/api/provider/assignment-change-requests',
      payload: { assignmentId: 'asg-jansen-tom-2', reason: '1', desiredStart: day(20), endDate: day(130) },
    });
    expect(change.statusCode).toBe(404);
    const request = await uiRequest('p-jayden', { endDate: day(60), referrerCode: undefined }, other);
    expect(request.json().code).toBe('request_product_not_contracted');
  });
});
