import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from './helpers/audit-rows.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { waitFor } from './helpers/wait-for.ts';

let t: TestApp;
const as = loggedInAs(() => t);
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('social map', () => {
  async function search(query: string, userId = 'u-sanne') {
    const response = await (await as(userId)).request({ url: `/api/social-map/offers?${query}` });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      items: Array<{
        id: string;
        minAge: number | null;
        maxAge: number | null;
        lifeDomains: string[];
        areaIds: string[];
      }>;
      total: number;
    };
  }

  it('has at least 30 demo offers, paginated', async () => {
    const first = await search('pageSize=10');
    expect(first.total).toBeGreaterThanOrEqual(30);
    expect(first.items).toHaveLength(10);
    const fourth = await search('pageSize=10&page=4');
    expect(fourth.items.length).toBe(first.total - 30);
    expect(new Set([...first.items, ...fourth.items].map((i) => i.id)).size).toBe(
      first.items.length + fourth.items.length,
    );
  });

  it('finds debt help by text, including word prefixes', async () => {
    expect((await search('q=schuldhulp')).items[0]!.id).toBe('offer-schuldhulp');
    expect((await search('q=schuld')).items.map((i) => i.id)).toContain('offer-schuldhulp');
    expect((await search('q=zzzonbekend')).total).toBe(0);
  });

  it('filters by life domain, age and area', async () => {
    const finances = await search('domain=finances&pageSize=50');
    expect(finances.items.every((i) => i.lifeDomains.includes('finances'))).toBe(true);
    const child = await search('age=12&pageSize=50');
    expect(child.items.every((i) => (i.minAge ?? 0) <= 12 && (i.maxAge ?? 200) >= 12)).toBe(true);
    expect(child.items.map((i) => i.id)).not.toContain('offer-schuldhulp');
    const badhoevedorp = await search('areaId=area-badhoevedorp&pageSize=50');
    const ids = badhoevedorp.items.map((i) => i.id);
    expect(ids).toContain('offer-buurtsport-bd');
    expect(ids).not.toContain('offer-buurtsport-nv');
    expect(
      badhoevedorp.items.every((i) => i.areaIds.length === 0 || i.areaIds.includes('area-badhoevedorp')),
    ).toBe(true);
    expect((await (await as('u-sanne')).request({ url: '/api/social-map/offers?age=-1' })).statusCode).toBe(
      400,
    );
  });

  it('serves one offer for a plan action', async () => {
    const response = await (await as('u-anouk')).request({ url: '/api/social-map/offers/offer-schuldhulp' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Schuldhulp Haarlemmermeer', level: 1, editable: false });
    expect((await (await as('u-sanne')).request({ url: '/api/social-map/offers/nope' })).statusCode).toBe(
      404,
    );
  });

  it('lets an organisation maintain its own offers and the administrator all, with versions', async () => {
    const own = (
      await (await as('u-fatima')).request({ url: '/api/social-map/offers/offer-ambulante-jeugdhulp' })
    ).json();
    expect(own.editable).toBe(true);
    const { id, version, editable: _e, areaNames: _a, ...fields } = own;
    const updated = await (await as('u-fatima')).request({
      method: 'PUT',
      url: `/api/social-map/offers/${id}`,
      payload: { ...fields, openingHours: 'Ma–vr 8.00–18.00', version },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ openingHours: 'Ma–vr 8.00–18.00', version: version + 1 });
    const stale = await (await as('u-erik')).request({
      method: 'PUT',
      url: `/api/social-map/offers/${id}`,
      payload: { ...fields, version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(version + 1);
    const notTheirs = (
      await (await as('u-fatima')).request({ url: '/api/social-map/offers/offer-schuldhulp' })
    ).json();
    const { id: id2, version: v2, editable: _e2, areaNames: _a2, ...fields2 } = notTheirs;
    const refused = await (await as('u-fatima')).request({
      method: 'PUT',
      url: `/api/social-map/offers/${id2}`,
      payload: { ...fields2, version: v2 },
    });
    expect(refused.statusCode).toBe(403);
    const refusals = await auditRows(t.database, 'social_offer.update', {
      userId: 'u-fatima',
      subjectId: id2,
    });
    expect(refusals.map((r) => [r.outcome, r.details?.reason])).toEqual([['denied', 'not_offer_maintainer']]);
    expect(
      (
        await (
          await as('u-sanne')
        ).request({
          method: 'PUT',
          url: `/api/social-map/offers/${id2}`,
          payload: { ...fields2, version: v2 },
        })
      ).statusCode,
    ).toBe(403);
    const created = await (await as('u-erik')).request({
      method: 'POST',
      url: '/api/social-map/offers',
      payload: { ...fields2, name: 'Nieuw aanbod', minAge: 10, maxAge: 5 },
    });
    expect(created.json().code).toBe('social_offer_invalid');
    const ok = await (await as('u-erik')).request({
      method: 'POST',
      url: '/api/social-map/offers',
      payload: { ...fields2, name: 'Nieuw aanbod' },
    });
    expect(ok.statusCode).toBe(201);
  });
});

describe('areas and the postcode import', () => {
  async function importCsv(csv: string) {
    const response = await (await as('u-erik')).request({
      method: 'POST',
      url: '/api/admin/postcode-imports',
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(response.statusCode).toBe(202);
    const id = response.json().id as string;
    return waitFor(async () => {
      const r = (await (await as('u-erik')).request({ url: `/api/admin/postcode-imports/${id}` })).json();
      return r.status === 'validating' || r.status === 'applying' ? undefined : r;
    });
  }

  it('is for administrators only', async () => {
    expect((await (await as('u-ahmed')).request({ url: '/api/admin/areas' })).statusCode).toBe(403);
    const areas = await (await as('u-erik')).request({ url: '/api/admin/areas' });
    expect(areas.json().areas.find((a: { id: string }) => a.id === 'area-nieuw-vennep').postcodes).toEqual([
      '2151',
      '2152',
      '2153',
      '2154',
    ]);
  });

  it('reports every problem by line and applies nothing from an invalid file', async () => {
    const result = await importCsv(
      'postcode4,area,team\n2141,Vijfhuizen,Sociaal team Hoofddorp-Oost\n123,Nergens,team-hoofddorp-oost\n2142,Vijfhuizen,Onbekend team\n2141,Anders,team-hoofddorp-oost\n2143;x\n',
    );
    expect(result.status).toBe('invalid');
    expect(result.problems.map((p: { line: number; code: string }) => [p.line, p.code])).toEqual([
      [3, 'postcode'],
      [4, 'unknown_team'],
      [5, 'duplicate_postcode'],
      [6, 'columns'],
    ]);
    expect(result.problems[1].message.nl).toContain('bestaat niet');
    expect(result.problems[1].message.en).toContain('does not exist');
    const [row] = await t.database.ownerQuery<{ n: number }>(
      `select count(*)::int as n from area_postcode where postcode4 = '2141'`,
    );
    expect(row!.n).toBe(0);
  });

  it('imports a large file in batches, idempotently, and routing follows it', async () => {
    const lines = ['postcode4,area,team'];
    for (let pc = 3000; pc < 4200; pc++)
      lines.push(`${pc},Testgebied ${Math.floor(pc / 400)},team-badhoevedorp`);
    lines.push('2141,Vijfhuizen,Sociaal team Hoofddorp-Oost', '2154,Nieuw-Vennep,team-nieuw-vennep');
    const csv = lines.join('\r\n');
    const first = await importCsv(csv);
    expect(first).toMatchObject({
      status: 'done',
      totalLines: 1202,
      processedLines: 1202,
      created: 1201,
      unchanged: 1,
      moved: 0,
      areasCreated: 5,
      problems: [],
    });
    const second = await importCsv(csv);
    expect(second).toMatchObject({ status: 'done', created: 0, unchanged: 1202, moved: 0, areasCreated: 0 });
    const moved = await importCsv('postcode4;area;team\n3000;Vijfhuizen;team-hoofddorp-oost\n');
    expect(moved).toMatchObject({ status: 'done', moved: 1 });
    const routed = await (await as('u-marloes')).request({
      method: 'POST',
      url: '/api/referrals',
      payload: {
        subject: { firstName: 'Vijf', lastName: 'Huizen', birthDate: '2012-01-01' },
        address: { street: 'Dorpsstraat', houseNumber: '1', postcode: '2141 AA', city: 'Vijfhuizen' },
        lifeDomains: ['housing'],
        worry: 'Zorgen over de woning.',
        urgency: 'normal',
        possibleUnsafety: false,
        familyKnows: true,
        familyAgrees: true,
        familyContact: '06 1',
        reporterContact: '06 2',
      },
    });
    expect(routed.json()).toMatchObject({ teamName: 'Sociaal team Hoofddorp-Oost', outsideTenant: false });
  });

  it('saves an area with its exact postcode set and refuses an unknown team', async () => {
    const bad = await (await as('u-erik')).request({
      method: 'PUT',
      url: '/api/admin/areas/area-badhoevedorp',
      payload: { name: 'Badhoevedorp', teamId: 'team-nope', postcodes: ['1171'] },
    });
    expect(bad.json().code).toBe('admin_unknown_team');
    const ok = await (await as('u-erik')).request({
      method: 'PUT',
      url: '/api/admin/areas/area-badhoevedorp',
      payload: { name: 'Badhoevedorp', teamId: 'team-badhoevedorp', postcodes: ['1171', '1172'] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().areas.find((a: { id: string }) => a.id === 'area-badhoevedorp').postcodes).toEqual([
      '1171',
      '1172',
    ]);
  });

  it('keeps the fallback team and norms as tenant settings with a version', async () => {
    const current = (await (await as('u-erik')).request({ url: '/api/admin/referral-settings' })).json();
    expect(current).toMatchObject({
      fallbackTeamId: 'team-nieuw-vennep',
      firstContactNormDays: 5,
      urgentFirstContactNormDays: 1,
    });
    const saved = await (await as('u-erik')).request({
      method: 'PUT',
      url: '/api/admin/referral-settings',
      payload: { ...current, fallbackTeamId: 'team-badhoevedorp' },
    });
    expect(saved.json().version).toBe(current.version + 1);
    const stale = await (await as('u-erik')).request({
      method: 'PUT',
      url: '/api/admin/referral-settings',
      payload: current,
    });
    expect(stale.statusCode).toBe(409);
  });
});
