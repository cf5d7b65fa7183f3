/**
 * The administrator designates an organisation's aandachtsfunctionaris and ends the designation:
 * the list shows per organisation its professionals, each change is audited and takes effect on
 * the designee's list of open tracks; only a professional of that organisation can be designated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from './helpers/audit-rows.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

type Org = { id: string; name: string; people: Array<{ userId: string; designatedAt: string | null }> };
const url = '/api/admin/meldcode-designations';
const person = (orgs: Org[], orgId: string, userId: string) =>
  orgs.find((o) => o.id === orgId)?.people.find((p) => p.userId === userId);

describe('designating an aandachtsfunctionaris (administrator)', () => {
  it('lists each organisation with its professionals, not residents, admins or Veilig Thuis', async () => {
    const res = await (await as('u-erik')).request({ url });
    expect(res.statusCode).toBe(200);
    const orgs = res.json().organisations as Org[];
    expect(person(orgs, 'org-sociaal-team', 'u-sanne')).toMatchObject({ designatedAt: null });
    expect(person(orgs, 'org-vlinder', 'u-marloes')).toBeDefined();
    const everyone = orgs.flatMap((o) => o.people.map((p) => p.userId));
    expect(everyone).not.toContain('u-erik');
    expect(everyone).not.toContain('u-joost');
    expect(everyone).not.toContain('u-anouk');
  });

  it('designates and undesignates, audited, and the designee list follows', async () => {
    const admin = await as('u-erik');
    const marloes = await as('u-marloes');
    expect((await marloes.request({ url: '/api/safety/organisation-tracks' })).statusCode).toBe(403);
    const on = await admin.request({ method: 'PUT', url: `${url}/org-vlinder/u-marloes` });
    expect(on.statusCode).toBe(200);
    expect(person(on.json().organisations, 'org-vlinder', 'u-marloes')?.designatedAt).toEqual(
      expect.any(String),
    );
    expect((await marloes.request({ url: '/api/safety/organisation-tracks' })).statusCode).toBe(200);
    const granted = await auditRows(t.database, 'meldcode_designation.grant', { subjectId: 'u-marloes' });
    expect(granted.at(-1)).toMatchObject({
      outcome: 'success',
      actor_user_id: 'u-erik',
      subject_type: 'user',
    });
    expect(granted.at(-1)?.details).toMatchObject({ organisationId: 'org-vlinder', changed: true });

    const off = await admin.request({ method: 'DELETE', url: `${url}/org-vlinder/u-marloes` });
    expect(off.statusCode).toBe(200);
    expect(person(off.json().organisations, 'org-vlinder', 'u-marloes')?.designatedAt).toBeNull();
    expect((await marloes.request({ url: '/api/safety/organisation-tracks' })).statusCode).toBe(403);
    const revoked = await auditRows(t.database, 'meldcode_designation.revoke', { subjectId: 'u-marloes' });
    expect(revoked.at(-1)?.details).toMatchObject({ organisationId: 'org-vlinder', changed: true });
  });

  it('refuses a person of another organisation (422) and any other role than admin', async () => {
    const res = await (await as('u-erik')).request({
      method: 'PUT',
      url: `${url}/org-sociaal-team/u-marloes`,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('designation_not_in_organisation');
    const sanne = await (await as('u-sanne')).request({
      method: 'PUT',
      url: `${url}/org-sociaal-team/u-sanne`,
    });
    expect(sanne.statusCode).toBe(403);
  });
});
