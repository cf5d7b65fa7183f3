import { beforeAll, describe, expect, it } from 'vitest';
import { testBsn } from '../src/demo/test-bsn.ts';
import { referralFile } from './helpers/referral-file.ts';
import { aSignal } from './helpers/signal-builder.ts';

const { app, as, file, detail, triage } = referralFile();

describe('routing a signal by postcode', () => {
  it.each([
    ['2151 AB', 'Sociaal team Nieuw-Vennep', false],
    ['2151AB', 'Sociaal team Nieuw-Vennep', false],
    ['2154 xy', 'Sociaal team Nieuw-Vennep', false],
    ['2132ef', 'Sociaal team Hoofddorp-Oost', false],
    [' 1171  ab ', 'Sociaal team Badhoevedorp', false],
    ['1012 AB', 'Sociaal team Nieuw-Vennep', true],
    ['9999 ZZ', 'Sociaal team Nieuw-Vennep', true],
  ])('routes %s to %s (outside tenant: %s)', async (postcode, teamName, outsideTenant) => {
    const response = await file('u-marloes', aSignal({}, { firstName: 'Routing' }, { postcode }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ teamName, outsideTenant, status: 'received' });
    const stored = await app().database.ownerQuery<{ outside_tenant: boolean; area_id: string | null }>(
      'select outside_tenant, area_id from referral where id = $1',
      [response.json().id],
    );
    expect(stored[0]!.outside_tenant).toBe(outsideTenant);
    expect(stored[0]!.area_id === null).toBe(outsideTenant);
  });

  it.each(['0123 AB', '2151', '21511 AB', 'abcd ef', '2151 A1', ''])(
    'refuses the invalid postcode "%s" with 400',
    async (postcode) => {
      const response = await file('u-marloes', aSignal({}, {}, { postcode }));
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    },
  );

  it('validates an optional BSN with the 11-test and known life domains', async () => {
    expect((await file('u-marloes', aSignal({}, { bsn: '123456789' }))).statusCode).toBe(400);
    const unknown = await file('u-marloes', aSignal({ lifeDomains: ['astrology'] }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('referral_unknown_life_domain');
  });

  it('treats possible unsafety as urgent and asks for the meldcode guidance', async () => {
    const response = await file(
      'u-pieter',
      aSignal({ urgency: 'normal', possibleUnsafety: true }, { firstName: 'Unsafe' }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ urgency: 'urgent', meldcodeGuidance: true });
  });

  it('lets a resident file a signal but not a provider', async () => {
    expect((await file('u-anouk', aSignal({}, { firstName: 'Zelf' }))).statusCode).toBe(201);
    expect((await file('u-fatima', aSignal())).statusCode).toBe(403);
  });

  it('stores free text encrypted at rest', async () => {
    const response = await file('u-marloes', aSignal({}, { firstName: 'Crypt' }));
    const [row] = await app().database.ownerQuery<{ worry_text: string }>(
      'select worry_text from referral where id = $1',
      [response.json().id],
    );
    expect(row!.worry_text).toMatch(/^v1:/);
    expect(row!.worry_text).not.toContain('ontbijt');
  });
});

describe('the reporter sees the status only', () => {
  let id: string;
  beforeAll(async () => {
    id = (await file('u-marloes', aSignal({}, { firstName: 'Tom' }))).json().id;
  });

  it('shows the reporter their signal as received, and nobody else at another finding place', async () => {
    const mine = await (await as('u-marloes')).request({ url: '/api/referrals/mine' });
    expect(mine.statusCode).toBe(200);
    const item = mine.json().items.find((i: { id: string }) => i.id === id);
    expect(item).toEqual({
      id,
      subjectFirstName: 'Tom',
      receivedAt: expect.any(String),
      status: 'received',
      teamName: 'Sociaal team Nieuw-Vennep',
    });
    const other = await (await as('u-pieter')).request({ url: '/api/referrals/mine' });
    expect(other.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('refuses the dossier to the reporter, another finding place and another team', async () => {
    expect((await detail(id, 'u-marloes')).statusCode).toBe(403);
    expect((await detail(id, 'u-pieter')).statusCode).toBe(403);
    expect((await detail(id, 'u-mohamed')).statusCode).toBe(404);
    const sanne = await detail(id, 'u-sanne');
    expect(sanne.statusCode).toBe(200);
    expect(sanne.json().worry).toContain('ontbijt');
    const denied = await app().database.ownerQuery<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'referral.read' and outcome = 'denied' and subject_id = $1`,
      [id],
    );
    expect(denied[0]!.n).toBe(1);
  });

  it('follows the triage: coordinator assigned', async () => {
    expect((await triage(id, { level: 2, coordinatorId: 'u-sanne' })).statusCode).toBe(200);
    const mine = await (await as('u-marloes')).request({ url: '/api/referrals/mine' });
    expect(mine.json().items.find((i: { id: string }) => i.id === id).status).toBe('coordinator_assigned');
  });
});

describe('triage queue and decisions', () => {
  it('lists new signals of the team, urgent first then oldest', async () => {
    const normal = (await file('u-marloes', aSignal({}, { firstName: 'Queue' }))).json().id;
    const urgent = (await file('u-marloes', aSignal({ urgency: 'urgent' }, { firstName: 'Spoed' }))).json()
      .id;
    const queue = await (await as('u-ahmed')).request({ url: '/api/referrals/queue?filter=new' });
    expect(queue.statusCode).toBe(200);
    const body = queue.json();
    expect(body.teamName).toBe('Sociaal team Nieuw-Vennep');
    const ids = body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(normal);
    const urgencies = body.items.map((i: { urgency: string }) => i.urgency);
    expect(urgencies.indexOf('normal')).toBeGreaterThan(urgencies.lastIndexOf('urgent'));
    expect(ids.indexOf(urgent)).toBeLessThan(ids.indexOf(normal));
    // Another team's queue does not show them.
    const other = await (await as('u-mohamed')).request({ url: '/api/referrals/queue?filter=all' });
    expect(other.json().items.map((i: { id: string }) => i.id)).not.toContain(normal);
    // A finding place has no queue.
    expect((await (await as('u-marloes')).request({ url: '/api/referrals/queue' })).statusCode).toBe(403);
  });

  it('needs a coordinator of the team at level 2 and the current version', async () => {
    const id = (await file('u-marloes', aSignal({}, { firstName: 'Level2' }))).json().id;
    const missing = await triage(id, { level: 2 });
    expect(missing.json().code).toBe('referral_coordinator_required');
    const otherTeam = await triage(id, { level: 2, coordinatorId: 'u-mohamed' });
    expect(otherTeam.statusCode).toBe(400);
    expect(otherTeam.json().code).toBe('referral_coordinator_not_in_team');
    const stale = await triage(id, { level: 2, coordinatorId: 'u-sanne', version: 99 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 1 });
    const ok = await triage(id, { level: 2, coordinatorId: 'u-sanne' }, 'u-sanne');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'coordinator_assigned',
      level: 2,
      coordinatorName: 'Sanne de Vries',
    });
    const again = await triage(id, { level: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('referral_already_triaged');
  });

  it('level 1 without a coordinator is picked up by the team', async () => {
    const id = (await file('u-marloes', aSignal({}, { firstName: 'Lisa', birthDate: '2010-05-10' }))).json()
      .id;
    const response = await triage(id, { level: 1 });
    expect(response.json()).toMatchObject({ status: 'picked_up', level: 1, householdId: 'hh-jansen' });
  });

  it('level 0 refers to a social-map offer and closes with a future follow-up date', async () => {
    const id = (await file('u-marloes', aSignal({}, { firstName: 'Nul' }))).json().id;
    expect((await triage(id, { level: 0 })).json().code).toBe('referral_follow_up_required');
    expect((await triage(id, { level: 0, followUpDate: '2020-01-01' })).json().code).toBe(
      'referral_follow_up_required',
    );
    expect(
      (await triage(id, { level: 0, followUpDate: '2099-01-01', offerId: 'offer-nope' })).json().code,
    ).toBe('referral_unknown_offer');
    const ok = await triage(id, { level: 0, followUpDate: '2099-01-01', offerId: 'offer-schuldhulp' });
    expect(ok.json()).toMatchObject({
      status: 'referred_elsewhere',
      level: 0,
      householdId: null,
      referredOfferId: 'offer-schuldhulp',
      followUpDate: '2099-01-01',
    });
    const mine = await (await as('u-marloes')).request({ url: '/api/referrals/mine' });
    expect(mine.json().items.find((i: { id: string }) => i.id === id).status).toBe('referred_elsewhere');
  });
});

describe('matching an existing household instead of duplicating it', () => {
  async function householdCount() {
    const [row] = await app().database.ownerQuery<{ n: number }>('select count(*)::int as n from household');
    return row!.n;
  }

  it('matches by BSN even when the name is spelled differently', async () => {
    const before = await householdCount();
    const id = (
      await file(
        'u-pieter',
        aSignal({}, { firstName: 'Thomas', bsn: testBsn(3) }, { postcode: '2153 CD', houseNumber: '1' }),
      )
    ).json().id;
    const response = await triage(id, { level: 1 });
    expect(response.json()).toMatchObject({ householdId: 'hh-jansen', householdMatch: 'bsn' });
    expect(await householdCount()).toBe(before);
  });

  it('matches by name and birth date, case-insensitively', async () => {
    const id = (
      await file('u-pieter', aSignal({}, { firstName: 'tom', lastName: 'JANSEN' }, { houseNumber: '99' }))
    ).json().id;
    expect((await triage(id, { level: 1 })).json()).toMatchObject({
      householdId: 'hh-jansen',
      householdMatch: 'name_birth_date',
    });
  });

  it('matches by address and adds the new person to that household', async () => {
    const before = await householdCount();
    const id = (
      await file(
        'u-pieter',
        aSignal({}, { firstName: 'Sem', birthDate: '2021-02-02' }, { postcode: '2151ab', houseNumber: '12' }),
      )
    ).json().id;
    expect((await triage(id, { level: 1 })).json()).toMatchObject({
      householdId: 'hh-jansen',
      householdMatch: 'address',
    });
    expect(await householdCount()).toBe(before);
    const members = await app().database.ownerQuery<{ first_name: string }>(
      `select p.first_name from household_member m join person p on p.tenant_id = m.tenant_id and p.id = m.person_id
        where m.household_id = 'hh-jansen'`,
    );
    expect(members.map((m) => m.first_name)).toContain('Sem');
  });

  it('creates a household once, and matches it for the next signal about the same person', async () => {
    const before = await householdCount();
    const subject = { firstName: 'Noor', lastName: 'Visser', birthDate: '2015-07-07' };
    const address = { street: 'Hoofdweg', houseNumber: '500', postcode: '2152 KL' };
    const first = (await file('u-marloes', aSignal({}, subject, address))).json().id;
    const created = (await triage(first, { level: 2, coordinatorId: 'u-sanne' })).json();
    expect(created.householdMatch).toBe('created');
    expect(await householdCount()).toBe(before + 1);
    const [hh] = await app().database.ownerQuery<{ coordinator_id: string; area_id: string; status: string }>(
      'select coordinator_id, area_id, status from household where id = $1',
      [created.householdId],
    );
    expect(hh).toEqual({ coordinator_id: 'u-sanne', area_id: 'area-nieuw-vennep', status: 'referral' });
    const second = (await file('u-pieter', aSignal({}, subject, { ...address, houseNumber: '501' }))).json()
      .id;
    expect((await triage(second, { level: 1 })).json()).toMatchObject({
      householdId: created.householdId,
      householdMatch: 'name_birth_date',
    });
    expect(await householdCount()).toBe(before + 1);
  });
});

describe('"Waar kan ik terecht?"', () => {
  it('lists the area teams and how to reach them without login', async () => {
    const response = await app().app.inject({ url: '/api/public/teams' });
    expect(response.statusCode).toBe(200);
    const nv = response.json().items.find((i: { id: string }) => i.id === 'team-nieuw-vennep');
    expect(nv).toMatchObject({ phone: '023 567 1000', email: 'nieuw-vennep@sociaalteam.example' });
    expect(nv.areas[0].postcodes).toContain('2151');
    expect(response.json().tenantName).toBe('Gemeente Haarlemmermeer');
  });
});
