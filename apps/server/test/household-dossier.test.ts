import { describe, expect, it } from 'vitest';
import { householdFile } from './helpers/household-file.ts';

const { app, as, auditRows } = householdFile();

describe('household dossier', () => {
  it('shows members, network, professionals and flags to the coordinator, and audits the read', async () => {
    const res = await (await as('u-sanne')).request({ url: '/api/households/hh-jansen' });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.members.map((m: { firstName: string }) => m.firstName)).toEqual([
      'Mark',
      'Anouk',
      'Lisa',
      'Tom',
    ]);
    expect(d.members.find((m: { personId: string }) => m.personId === 'p-anouk')).toMatchObject({
      role: 'gezagsdrager',
      phone: '06 1234 5601',
      birthDate: '1984-09-02',
    });
    expect(d.network).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Oma Ria',
          relation: 'grandparent',
          takesPartInPlan: true,
          status: 'active',
        }),
        expect.objectContaining({ relation: 'neighbour', status: 'active' }),
        expect.objectContaining({ relation: 'jim_mentor', status: 'active' }),
        expect.objectContaining({ name: 'Tante Petra', status: 'suggested', suggestedByFamily: true }),
      ]),
    );
    expect(d.professionals).toMatchObject([
      { kind: 'coordinator', name: 'Sanne de Vries' },
      { kind: 'team', name: 'Sociaal team Nieuw-Vennep' },
    ]);
    expect(d.flags).toEqual({
      safety: false,
      comingOfAge: [{ personId: 'p-lisa', firstName: 'Lisa', turns18On: '2028-05-10' }],
    });
    expect(d.canEdit).toBe(true);
    const rows = await auditRows('household.read', 'u-sanne');
    expect(rows.at(-1)).toMatchObject({ outcome: 'success', subject_id: 'hh-jansen' });
  });

  it('lets the team lead read without editing', async () => {
    const res = await (await as('u-ahmed')).request({ url: '/api/households/hh-jansen' });
    expect(res.statusCode).toBe(200);
    expect(res.json().canEdit).toBe(false);
  });

  it('answers 404 without leaking existence to another team, and audits the denial', async () => {
    const denied = await (await as('u-mohamed')).request({ url: '/api/households/hh-jansen' });
    const missing = await (await as('u-mohamed')).request({ url: '/api/households/hh-bestaat-niet' });
    expect(denied.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect({ ...denied.json(), instance: undefined }).toEqual({ ...missing.json(), instance: undefined });
    const rows = await auditRows('household.read', 'u-mohamed');
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          outcome: 'denied',
          subject_id: 'hh-jansen',
          details: { reason: 'no_relationship' },
        }),
      ]),
    );
  });

  it('shows a resident only the own household, without pending suggestions', async () => {
    const own = await (await as('u-anouk')).request({ url: '/api/households/hh-jansen' });
    expect(own.statusCode).toBe(200);
    expect(own.json().network.every((n: { status: string }) => n.status === 'active')).toBe(true);
    expect(own.json().canEdit).toBe(false);
    expect((await (await as('u-anouk')).request({ url: '/api/households/hh-ozturk' })).statusCode).toBe(404);
    expect((await (await as('u-marloes')).request({ url: '/api/households/hh-jansen' })).statusCode).toBe(
      403,
    );
  });
});

describe('network', () => {
  it('adds a network member, and refuses a stale edit with 409 and the current version', async () => {
    const c = await as('u-sanne');
    const added = await c.request({
      method: 'POST',
      url: '/api/households/hh-ozturk/network',
      payload: {
        name: 'Steungezin Bos',
        relation: 'support_family',
        phone: '06 1111 2222',
        takesPartInPlan: true,
      },
    });
    expect(added.statusCode).toBe(201);
    const member = added.json();
    expect(member).toMatchObject({ status: 'active', version: 1, takesPartInPlan: true });
    const edit = (version: number, name: string) =>
      c.request({
        method: 'PUT',
        url: `/api/households/hh-ozturk/network/${member.id}`,
        payload: { version, name, relation: 'support_family', takesPartInPlan: true },
      });
    expect((await edit(1, 'Steungezin Bos-Visser')).json().version).toBe(2);
    const stale = await edit(1, 'Familie Bos');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect((await auditRows('network.write', 'u-sanne')).length).toBeGreaterThanOrEqual(2);
  });

  it('validates input with field messages in Dutch and English', async () => {
    const res = await (await as('u-sanne')).request({
      method: 'POST',
      url: '/api/households/hh-ozturk/network',
      payload: { name: '', relation: 'cousin', email: 'geen-mail' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.relation', 'body.email']));
    expect(res.json().errors[0].message.nl).toBeTruthy();
    expect(res.json().errors[0].message.en).toBeTruthy();
  });

  it("turns a family's suggestion into a network member once the coordinator accepts", async () => {
    const anouk = await as('u-anouk');
    const suggested = await anouk.request({
      method: 'POST',
      url: '/api/portal/network-suggestions',
      payload: {
        name: 'Juf Marieke (buurvrouw)',
        relation: 'neighbour',
        helpNote: 'Kan Tom ophalen op woensdag.',
      },
    });
    expect(suggested.statusCode).toBe(201);
    const s = suggested.json();
    expect(s).toMatchObject({
      status: 'suggested',
      suggestedByFamily: true,
      helpNote: 'Kan Tom ophalen op woensdag.',
    });
    const [raw] = await app().database.ownerQuery<{ help_note_enc: string }>(
      'select help_note_enc from network_member where id = $1',
      [s.id],
    );
    expect(raw!.help_note_enc).toMatch(/^v1:/);
    expect(raw!.help_note_enc).not.toContain('woensdag');

    const sanne = await as('u-sanne');
    const accepted = await sanne.request({
      method: 'POST',
      url: `/api/households/hh-jansen/network/${s.id}/decision`,
      payload: { version: 1, decision: 'accept', takesPartInPlan: true },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'active', takesPartInPlan: true, version: 2 });
    const again = await sanne.request({
      method: 'POST',
      url: `/api/households/hh-jansen/network/${s.id}/decision`,
      payload: { version: 2, decision: 'accept' },
    });
    expect(again.statusCode).toBe(400);
    const own = await anouk.request({ url: '/api/households/hh-jansen' });
    expect(own.json().network.map((n: { id: string }) => n.id)).toContain(s.id);
  });

  it('lets only coordinators of the team decide', async () => {
    const res = await (await as('u-mohamed')).request({
      method: 'POST',
      url: '/api/households/hh-jansen/network/nm-jansen-tante-petra/decision',
      payload: { version: 1, decision: 'decline' },
    });
    expect(res.statusCode).toBe(404);
    const lead = await (await as('u-ahmed')).request({
      method: 'POST',
      url: '/api/households/hh-jansen/network/nm-jansen-tante-petra/decision',
      payload: { version: 1, decision: 'decline' },
    });
    expect(lead.statusCode).toBe(403);
  });
});
