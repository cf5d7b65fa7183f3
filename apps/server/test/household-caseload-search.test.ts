import { describe, expect, it } from 'vitest';
import { householdFile } from './helpers/household-file.ts';

const { app, as, auditRows, bsnOf, search } = householdFile();

describe('caseload "Mijn huishoudens"', () => {
  it('pages the caseload with flags and leaves plan figures unknown', async () => {
    const res = await (await as('u-sanne')).request({ url: '/api/households' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ nextCursor: null });
    const jansen = body.items.find((i: { householdId: string }) => i.householdId === 'hh-jansen');
    // Lisa (born 2010-05-10) turns 18 within 18 months; the intake screening was negative.
    expect(jansen).toMatchObject({ memberCount: 4, comingOfAge: true, safetyFlag: false });
    // Plan figures come from the family plan module, straight from its tables.
    const [plan] = await app().database.ownerQuery<{ next: string | null; open: number }>(
      `select p.next_evaluation_date::text as next,
              (select count(*)::int from plan_action a where a.tenant_id = p.tenant_id and a.plan_id = p.id
                 and a.status in ('open', 'in_progress')) as open
         from plan p where p.household_id = 'hh-jansen' and p.state <> 'closed'`,
    );
    expect(jansen.nextEvaluationDate).toBe(plan?.next ?? null);
    expect(jansen.openActionCount).toBe(plan ? plan.open : null);
    const noPlan = await app().database.ownerQuery<{ id: string }>(
      `select h.id from household h where h.coordinator_id = 'u-sanne'
          and not exists (select 1 from plan p where p.household_id = h.id and p.state <> 'closed')`,
    );
    for (const { id } of noPlan) {
      const item = body.items.find((i: { householdId: string }) => i.householdId === id);
      expect(item).toMatchObject({ nextEvaluationDate: null, openActionCount: null });
    }
    const ozturk = body.items.find((i: { householdId: string }) => i.householdId === 'hh-ozturk');
    expect(ozturk.comingOfAge).toBe(false);
    expect(body.items.map((i: { householdId: string }) => i.householdId)).not.toContain('hh-de-graaf');
  });

  it('answers an empty page after the last household and rejects a cursor it did not hand out', async () => {
    const c = await as('u-sanne');
    const [last] = await app().database.ownerQuery<{ id: string }>(
      "select id from household where coordinator_id = 'u-sanne' order by name desc, id desc limit 1",
    );
    const cursor = Buffer.from(JSON.stringify([last?.id])).toString('base64url');
    const empty = await c.request({ url: `/api/households?cursor=${cursor}` });
    expect(empty.json()).toMatchObject({ items: [], nextCursor: null });
    const bad = await c.request({ url: '/api/households?cursor=not!base64' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('is for coordinators and team leads only', async () => {
    expect((await (await as('u-marloes')).request({ url: '/api/households' })).statusCode).toBe(403);
    expect((await (await as('u-anouk')).request({ url: '/api/households' })).statusCode).toBe(403);
    const lead = await (await as('u-ahmed')).request({ url: '/api/households' });
    expect(lead.json().items.map((i: { householdId: string }) => i.householdId)).toContain('hh-jansen');
  });
});

describe('household search', () => {
  it('finds by last or first name prefix, case-insensitively', async () => {
    for (const name of ['jans', 'JANSEN', 'Tom']) {
      const res = await search('u-sanne', { kind: 'name', name });
      expect(res.statusCode, name).toBe(200);
      expect(
        res.json().items.map((i: { householdId: string }) => i.householdId),
        name,
      ).toContain('hh-jansen');
    }
    const tom = (await search('u-sanne', { kind: 'name', name: 'tom' })).json().items[0];
    expect(tom.matchedMembers).toEqual([{ firstName: 'Tom', lastName: 'Jansen', birthDate: '2014-03-15' }]);
    // Every field of a hit, from the statement's raw row (decision 0052).
    expect(tom).toMatchObject({
      householdId: 'hh-jansen',
      name: 'Gezin Jansen',
      street: 'Kruisweg',
      houseNumber: '12',
      postcode: '2151 AB',
      city: 'Nieuw-Vennep',
      coordinatorName: 'Sanne de Vries',
    });
  });

  it('treats LIKE wildcards in a name as plain characters', async () => {
    const res = await search('u-sanne', { kind: 'name', name: '%%' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });

  it('finds by birth date, by postcode + house number in any spelling, and by exact BSN', async () => {
    const byDate = await search('u-sanne', { kind: 'birthDate', birthDate: '2014-03-15' });
    expect(byDate.json().items.map((i: { householdId: string }) => i.householdId)).toEqual(['hh-jansen']);
    const byAddress = await search('u-sanne', { kind: 'address', postcode: '2151ab', houseNumber: '12' });
    expect(byAddress.json().items).toMatchObject([{ householdId: 'hh-jansen', matchedMembers: [] }]);
    const bsn = await bsnOf('p-tom');
    const byBsn = await search('u-sanne', { kind: 'bsn', bsn });
    expect(byBsn.json().items).toMatchObject([
      { householdId: 'hh-jansen', matchedMembers: [{ firstName: 'Tom' }] },
    ]);
  });

  it('rejects a BSN that fails the 11-proef and other invalid criteria with a 400 problem', async () => {
    const bad = await search('u-sanne', { kind: 'bsn', bsn: '123456789' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
    expect(bad.json().errors[0].path).toBe('body.bsn');
    expect((await search('u-sanne', { kind: 'name', name: 'J' })).statusCode).toBe(400);
    expect((await search('u-sanne', { kind: 'address', postcode: '21', houseNumber: '12' })).statusCode).toBe(
      400,
    );
    expect((await search('u-sanne', { kind: 'birthDate', birthDate: '15-03-2014' })).statusCode).toBe(400);
    expect((await search('u-sanne', { kind: 'phone', phone: '06' })).statusCode).toBe(400);
  });

  it("shows only households of the searcher's own team", async () => {
    const other = await search('u-mohamed', { kind: 'name', name: 'Jansen' });
    expect(other.statusCode).toBe(200);
    expect(other.json().items).toEqual([]);
    const own = await search('u-mohamed', { kind: 'name', name: 'de Graaf' });
    expect(own.json().items.map((i: { householdId: string }) => i.householdId)).toEqual(['hh-de-graaf']);
    // A household without coordinator in another team (Badhoevedorp) is not found by Sanne.
    expect((await search('u-sanne', { kind: 'name', name: 'Pinas' })).json().items).toEqual([]);
  });

  it('is closed to schools and residents', async () => {
    expect((await search('u-marloes', { kind: 'name', name: 'Jansen' })).statusCode).toBe(403);
    expect((await search('u-anouk', { kind: 'name', name: 'Jansen' })).statusCode).toBe(403);
  });

  it('audits the criterion kind and the result ids, never the BSN', async () => {
    const bsn = await bsnOf('p-lisa');
    await search('u-ahmed', { kind: 'bsn', bsn });
    const rows = await auditRows('household.search', 'u-ahmed');
    // One event names the search's criterion kind, its count and the household it showed.
    expect(rows).toEqual([
      expect.objectContaining({
        subject_type: 'household',
        subject_id: 'hh-jansen',
        details: { criterion: 'bsn', results: 1 },
      }),
    ]);
    const all = await app().database.ownerQuery<{ row: string }>(
      'select row_to_json(a)::text as row from audit_log a',
    );
    expect(all.some((r) => r.row.includes(bsn))).toBe(false);
  });
});
