import type { RightsCase } from '@een-plan/contracts';
import { describe, expect, it } from 'vitest';
import { weeksAfter } from '../src/rights/deadlines.ts';
import { DEFAULT_RIGHTS_SETTINGS } from '../src/rights/settings.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { rightsFile } from './helpers/rights-file.ts';

const { app, as, daysAgo, HH, post, problem, auditCount, openTask } = rightsFile();

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
