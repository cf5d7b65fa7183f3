import { describe, expect, it } from 'vitest';
import { auditRows } from './helpers/audit-rows.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { appOfFile } from './helpers/file-app.ts';

const { app, as } = appOfFile();
const CONSENTS = '/api/households/hh-jansen/consents';

/** Every refusal the consent module gives goes through the policy and lands in the audit log. */
describe('consent refusals are audited', () => {
  it('a coordinator of another team gets 404 on the consents, and the attempt is logged', async () => {
    const mohamed = await as('u-mohamed');
    expect((await mohamed.request({ url: CONSENTS })).statusCode).toBe(404);
    const denied = (await auditRows(app().database, 'consent.list', { userId: 'u-mohamed' })).filter(
      (r) => r.outcome === 'denied',
    );
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ subject_id: 'hh-jansen', details: { reason: 'no_relationship' } });
  });

  it('a 16-year-old cannot revoke her mother’s own consent: 404, and the attempt is logged', async () => {
    const anouk = await as('u-anouk');
    const given = await anouk.request({
      method: 'POST',
      url: CONSENTS,
      payload: {
        subjectPersonId: 'p-anouk',
        grantee: { kind: 'organisation', ref: 'org-jeugdhulp' },
        sections: ['plan'],
        purposeCategory: 'care_delivery',
        validUntil: dutchDay(200),
      },
    });
    expect(given.statusCode).toBe(201);
    const consentId = given.json().id as string;
    const lisa = await as('u-lisa');
    const res = await lisa.request({
      method: 'POST',
      url: `${CONSENTS}/${consentId}/revoke`,
      payload: { version: 1 },
    });
    expect(res.statusCode).toBe(404);
    const rows = await auditRows(app().database, 'consent.revoke', { userId: 'u-lisa' });
    expect(rows.map((r) => [r.outcome, r.details?.reason])).toEqual([['denied', 'not_entitled']]);
    // The consent is untouched: the mother can still revoke it herself.
    const own = await anouk.request({
      method: 'POST',
      url: `${CONSENTS}/${consentId}/revoke`,
      payload: { version: 1 },
    });
    expect(own.statusCode).toBe(200);
  });
});
