import { parseMessage, validateXml } from '@een-plan/ijw';
import { describe, expect, it } from 'vitest';
import { computeBudgetCents, periodsIn } from '../src/assignments/service.ts';
import { setApprovalThreshold } from './helpers/assignment-builder.ts';
import { assignmentFile } from './helpers/assignment-file.ts';

const { app, as, ASSIGN, input, messagesOf, auditRows } = assignmentFile();

describe('budget', () => {
  it('counts whole periods of the frequency', () => {
    expect(periodsIn('1', '2026-12-01', '2026-12-31')).toBe(31);
    expect(periodsIn('2', '2026-12-01', '2027-02-28')).toBe(13);
    expect(periodsIn('4', '2026-12-01', '2027-02-28')).toBe(3);
    expect(periodsIn('6', '2026-12-01', '2027-02-28')).toBe(1);
    expect(
      computeBudgetCents(
        { volume: 2, frequency: '2', startDate: '2026-12-01', endDate: '2027-02-28' },
        9_500,
      ),
    ).toBe(2 * 13 * 9_500);
  });
});

describe('contracts', () => {
  it('lists the demo contract and lets only an admin create one', async () => {
    const admin = await as('u-erik');
    const list = await admin.request({ url: '/api/contracts' });
    expect(list.statusCode).toBe(200);
    const jeugdhulp = list.json().contracts.find((c: { id: string }) => c.id === 'contract-jeugdhulp-2026');
    expect(jeugdhulp).toMatchObject({ organisationId: 'org-jeugdhulp', agbCode: '98765432' });
    expect(jeugdhulp.products[0]).toMatchObject({
      unit: '04',
      tariffCents: 9500,
      executionVariant: 'inspanningsgericht',
    });

    const body = {
      organisationId: 'org-jeugdhulp',
      validFrom: '2027-01-01',
      validUntil: '2027-12-31',
      products: [
        {
          name: 'Dagbehandeling',
          productCategory: '46',
          productCode: '46A01',
          unit: '16',
          tariffCents: 12000,
          executionVariant: 'outputgericht',
        },
      ],
    };
    const sanne = await as('u-sanne');
    expect(
      (await sanne.request({ method: 'POST', url: '/api/admin/contracts', payload: body })).statusCode,
    ).toBe(403);
    const created = await admin.request({ method: 'POST', url: '/api/admin/contracts', payload: body });
    expect(created.statusCode).toBe(201);
    const bad = await admin.request({
      method: 'POST',
      url: '/api/admin/contracts',
      payload: { ...body, products: [{ ...body.products[0], unit: '99' }] },
    });
    expect(bad.statusCode).toBe(400);
    const noAgb = await admin.request({
      method: 'POST',
      url: '/api/admin/contracts',
      payload: { ...body, organisationId: 'org-sociaal-team' },
    });
    expect(noAgb.json().code).toBe('contract_no_agb_code');
  });
});

describe('assign', () => {
  it('computes the budget, builds a valid JW301 in the outbox and the JW302 retour, in one go', async () => {
    const sanne = await as('u-sanne');
    const res = await sanne.request({ method: 'POST', url: ASSIGN, payload: input });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'assigned', budgetCents: 2 * 13 * 9_500 });
    const id = res.json().id;
    const msgs = await messagesOf(id);
    expect(msgs.map((m) => `${m.direction}:${m.message_type}`)).toEqual(['out:JW301', 'in:JW302']);
    const jw301 = msgs[0]!;
    expect(jw301.status).toBe('delivered_locally');
    expect(jw301.retour_message_id).toBe(msgs[1]!.id);
    const report = await validateXml(jw301.xml);
    expect(report.valid).toBe(true);
    const parsed = parseMessage(jw301.xml);
    expect(parsed.type).toBe('JW301');
    if (parsed.type !== 'JW301') return;
    expect(parsed.bericht.Header.Afzender).toBe('0394');
    expect(parsed.bericht.Header.Ontvanger).toBe('98765432');
    const product = parsed.bericht.Client.ToegewezenProducten[0]!;
    expect(product.Omvang).toEqual({ Volume: 2, Eenheid: '04', Frequentie: '2' });
    expect(product.Product).toEqual({ Categorie: '45', Code: '45A03' });
    expect(product.Ingangsdatum).toBe('2026-12-01');
    // The retour says all is well: header only, no retourcodes.
    const retour = parseMessage(msgs[1]!.xml);
    expect(retour.type).toBe('JW302');
    expect((await validateXml(msgs[1]!.xml)).valid).toBe(true);

    const audit = await auditRows('assignment.create');
    expect(audit.some((a) => a.outcome === 'success' && a.subject_id === 'hh-jansen')).toBe(true);

    const pdf = await sanne.request({ url: `/api/assignments/${id}/decision-letter.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await auditRows('assignment.decision_letter')).length).toBeGreaterThan(0);
  });

  it('refuses actions that are not level-2 provider actions, products of another provider, bad dates', async () => {
    const sanne = await as('u-sanne');
    const notProvider = await sanne.request({
      method: 'POST',
      url: ASSIGN,
      payload: { ...input, planActionId: 'act-jansen-oma' },
    });
    expect(notProvider.json().code).toBe('assignment_action_not_provider');
    const dates = await sanne.request({
      method: 'POST',
      url: ASSIGN,
      payload: { ...input, startDate: '2027-03-01', endDate: '2027-02-01' },
    });
    expect(dates.json().code).toBe('assignment_dates_invalid');
    const notMember = await sanne.request({
      method: 'POST',
      url: ASSIGN,
      payload: { ...input, personId: 'p-elif' },
    });
    expect(notMember.json().code).toBe('assignment_person_not_member');
    const other = await as('u-mohamed');
    expect((await other.request({ method: 'POST', url: ASSIGN, payload: input })).statusCode).toBe(403);
    const fatima = await as('u-fatima');
    expect((await fatima.request({ method: 'POST', url: ASSIGN, payload: input })).statusCode).toBe(403);
  });

  it('needs a team lead above the threshold; the JW301 goes out only after approval', async () => {
    await setApprovalThreshold(app().database, 100_000);
    try {
      const sanne = await as('u-sanne');
      const res = await sanne.request({ method: 'POST', url: ASSIGN, payload: input });
      expect(res.statusCode).toBe(201);
      expect(res.json().status).toBe('awaiting_approval');
      const id = res.json().id;
      expect(await messagesOf(id)).toHaveLength(0);
      // A provider does not see it yet.
      const fatima = await as('u-fatima');
      const seen = (await fatima.request({ url: '/api/provider/assignments' })).json().assignments;
      expect(seen.some((a: { id: string }) => a.id === id)).toBe(false);
      // The coordinator cannot approve; the team lead can.
      expect(
        (
          await sanne.request({
            method: 'POST',
            url: `/api/assignments/${id}/approval`,
            payload: { version: 1, approve: true },
          })
        ).statusCode,
      ).toBe(403);
      const ahmed = await as('u-ahmed');
      const stale = await ahmed.request({
        method: 'POST',
        url: `/api/assignments/${id}/approval`,
        payload: { version: 7, approve: true },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('version_conflict');
      const ok = await ahmed.request({
        method: 'POST',
        url: `/api/assignments/${id}/approval`,
        payload: { version: 1, approve: true },
      });
      expect(ok.statusCode).toBe(200);
      const msgs = await messagesOf(id);
      expect(msgs.map((m) => m.message_type)).toEqual(['JW301', 'JW302']);
    } finally {
      await app().database.ownerQuery('delete from assignment_setting where tenant_id = $1', ['0394']);
    }
  });
});
