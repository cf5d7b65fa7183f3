import { describe, expect, it } from 'vitest';
import { householdFile } from './helpers/household-file.ts';

const { app, as, auditRows, bsnOf } = householdFile();

describe('members with history', () => {
  it('adds a member, moves one to another household and ends a membership, keeping history', async () => {
    const c = await as('u-sanne');
    const added = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members',
      payload: {
        firstName: 'Noor',
        lastName: 'Jansen',
        birthDate: '2026-09-01',
        role: 'kind',
        since: '2026-09-01',
      },
    });
    expect(added.statusCode).toBe(201);
    const noorId = added.json().personId;

    const moved = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members/p-mark/move',
      payload: { toHouseholdId: 'hh-ozturk', role: 'partner', on: '2026-11-01' },
    });
    expect(moved.statusCode).toBe(200);
    const jansen = (await c.request({ url: '/api/households/hh-jansen' })).json();
    expect(jansen.members.map((m: { personId: string }) => m.personId)).toContain(noorId);
    expect(jansen.members.map((m: { personId: string }) => m.personId)).not.toContain('p-mark');
    expect(jansen.formerMembers).toMatchObject([
      { personId: 'p-mark', since: '2024-01-01', until: '2026-11-01' },
    ]);
    const ozturk = (await c.request({ url: '/api/households/hh-ozturk' })).json();
    expect(ozturk.members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: 'p-mark', role: 'partner', since: '2026-11-01' }),
      ]),
    );
    const rows = await app().database.ownerQuery<{ household_id: string }>(
      "select household_id from household_member where person_id = 'p-mark' order by since",
    );
    expect(rows.map((r) => r.household_id)).toEqual(['hh-jansen', 'hh-ozturk']);

    const ended = await c.request({
      method: 'POST',
      url: `/api/households/hh-jansen/members/${noorId}/end`,
      payload: { on: '2026-11-20' },
    });
    expect(ended.statusCode).toBe(200);
    const after = (await c.request({ url: '/api/households/hh-jansen' })).json();
    expect(after.formerMembers.map((m: { personId: string }) => m.personId)).toContain(noorId);
    const audit = await auditRows('household.member.write', 'u-sanne');
    expect(audit.map((r) => r.details?.change)).toEqual(['add', 'move_out', 'move_in', 'end']);
  });

  it('refuses an end date before the membership started, and unknown members', async () => {
    const c = await as('u-sanne');
    const early = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members/p-tom/end',
      payload: { on: '2020-01-01' },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe('body.on');
    const unknown = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members/p-elif/end',
      payload: { on: '2026-11-20' },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses a duplicate BSN, an invalid BSN, and moves to households outside the team', async () => {
    const c = await as('u-sanne');
    const base = {
      firstName: 'Kim',
      lastName: 'Jansen',
      birthDate: '2000-01-01',
      role: 'other',
      since: '2026-11-01',
    };
    const dup = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members',
      payload: { ...base, bsn: await bsnOf('p-tom') },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('household_member_conflict');
    const invalid = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members',
      payload: { ...base, bsn: '111111111' },
    });
    expect(invalid.statusCode).toBe(400);
    const away = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members/p-tom/move',
      payload: { toHouseholdId: 'hh-de-graaf', role: 'kind', on: '2026-11-20' },
    });
    expect(away.statusCode).toBe(404);
    const tomStill = (await c.request({ url: '/api/households/hh-jansen' })).json();
    expect(tomStill.members.map((m: { personId: string }) => m.personId)).toContain('p-tom');
  });

  it('lets neither team leads nor residents change members', async () => {
    const payload = {
      firstName: 'X',
      lastName: 'Y',
      birthDate: '2000-01-01',
      role: 'other',
      since: '2026-11-01',
    };
    for (const user of ['u-ahmed', 'u-anouk']) {
      const res = await (await as(user)).request({
        method: 'POST',
        url: '/api/households/hh-jansen/members',
        payload,
      });
      expect(res.statusCode, user).toBe(403);
    }
  });
});
