import { describe, expect, it } from 'vitest';
import { appOfFile } from './helpers/file-app.ts';

const { app } = appOfFile();

describe('providers (administrators record them before their contracts)', () => {
  it('lists the demo provider with its AGB code and contract count', async () => {
    const admin = app().client();
    await admin.loginAs('u-erik');
    const res = await admin.request({ url: '/api/admin/providers' });
    expect(res.statusCode).toBe(200);
    const jeugdhulp = res.json().providers.find((p: { id: string }) => p.id === 'org-jeugdhulp');
    expect(jeugdhulp).toMatchObject({ agbCode: '98765432' });
    expect(jeugdhulp.contracts).toBeGreaterThanOrEqual(1);
    // Only providers: the school and Veilig Thuis are organisations too, but not listed.
    expect(res.json().providers.some((p: { id: string }) => p.id === 'org-vlinder')).toBe(false);
  });

  it('records a provider, audited, which can then get a contract; refuses duplicates and bad AGB codes', async () => {
    const admin = app().client();
    await admin.loginAs('u-erik');
    const created = await admin.request({
      method: 'POST',
      url: '/api/admin/providers',
      payload: { name: 'Gezinshuis De Linde', agbCode: '98001234' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;

    const list = (await admin.request({ url: '/api/admin/providers' })).json().providers;
    expect(list).toContainEqual({ id, name: 'Gezinshuis De Linde', agbCode: '98001234', contracts: 0 });

    const contract = await admin.request({
      method: 'POST',
      url: '/api/admin/contracts',
      payload: {
        organisationId: id,
        validFrom: '2027-01-01',
        validUntil: null,
        products: [
          {
            name: 'Gezinshuis',
            productCategory: '41',
            productCode: '41A01',
            unit: '14',
            tariffCents: 15000,
            executionVariant: 'inspanningsgericht',
          },
        ],
      },
    });
    expect(contract.statusCode).toBe(201);

    const duplicate = await admin.request({
      method: 'POST',
      url: '/api/admin/providers',
      payload: { name: 'Andere naam', agbCode: '98001234' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('provider_agb_taken');

    const badAgb = await admin.request({
      method: 'POST',
      url: '/api/admin/providers',
      payload: { name: 'Zonder AGB', agbCode: '1234' },
    });
    expect(badAgb.statusCode).toBe(400);

    const audit = await app().database.ownerQuery<{ subject_id: string }>(
      "select subject_id from audit_log where action = 'provider.create'",
    );
    expect(audit.map((r) => r.subject_id)).toEqual([id]);
  });

  it('is for administrators only', async () => {
    for (const userId of ['u-sanne', 'u-fatima', 'u-anouk']) {
      const c = app().client();
      await c.loginAs(userId);
      expect((await c.request({ url: '/api/admin/providers' })).statusCode).toBe(403);
      const post = await c.request({
        method: 'POST',
        url: '/api/admin/providers',
        payload: { name: 'X', agbCode: '98009999' },
      });
      expect(post.statusCode).toBe(403);
    }
  });
});
