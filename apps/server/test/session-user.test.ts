// Who `/api/auth/session` says is logged in: the tenant's name, the organisation and a resident's
// household come beside the session's actor in one statement (auth/users.ts describeSessionUser).
import { describe, expect, it } from 'vitest';
import { appOfFile } from './helpers/file-app.ts';

const { app, as } = appOfFile();

const sessionUser = async (userId: string) => {
  const res = await (await as(userId)).request({ url: '/api/auth/session' });
  expect(res.statusCode).toBe(200);
  return res.json().user;
};

describe('the session user', () => {
  it('names the tenant, the organisation with its kind, and the team of a coordinator', async () => {
    expect(await sessionUser('u-sanne')).toEqual({
      id: 'u-sanne',
      displayName: 'Sanne de Vries',
      role: 'coordinator',
      tenantId: '0394',
      tenantName: 'Gemeente Haarlemmermeer',
      organisation: { id: 'org-sociaal-team', name: 'Sociaal Team Haarlemmermeer', kind: 'social_team' },
      teamId: 'team-nieuw-vennep',
      householdId: null,
    });
    expect((await sessionUser('u-fatima')).organisation).toEqual({
      id: 'org-jeugdhulp',
      name: 'Jeugdhulp Kennemerland',
      kind: 'youth_care_provider',
    });
  });

  it('gives a resident their household and no organisation; none once they have left it', async () => {
    expect(await sessionUser('u-anouk')).toMatchObject({
      role: 'resident',
      organisation: null,
      teamId: null,
      householdId: 'hh-jansen',
    });
    await app().database.ownerQuery(
      `update household_member set until = current_date where tenant_id = '0394' and person_id = 'p-anouk' and until is null`,
    );
    // Membership is not part of the cached actor: the next answer already knows.
    expect((await sessionUser('u-anouk')).householdId).toBeNull();
  });

  it('is null without a session', async () => {
    const res = await app().client().request({ url: '/api/auth/session' });
    expect(res.json().user).toBeNull();
  });
});
