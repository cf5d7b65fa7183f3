// The dossier's answer, field by field, against the rows it is made of, read here with plain SQL:
// however the route gathers them (one statement or several), what the web app gets stays the same.
import { describe, expect, it, vi } from 'vitest';
import { decryptOptional } from '../src/crypto/data-encryption.ts';
import { eighteenthBirthday, turns18Soon } from '../src/households/service.ts';
import { householdFile } from './helpers/household-file.ts';

const { app, as, auditRows } = householdFile();

interface MemberRow {
  person_id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  phone: string | null;
  email: string | null;
  sex: string | null;
  member_role: string;
  since: string;
  until: string | null;
}

function age(birthDate: string, today: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const beforeBirthday =
    today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d) ? 1 : 0;
  return today.getFullYear() - y - beforeBirthday;
}

/** The dossier as the rows say it should read, for a professional who sees everything. */
async function expectedDossier(householdId: string, canEdit: boolean) {
  const q = app().database.ownerQuery;
  const [h] = await q<Record<string, string | null>>(
    `select h.id, h.name, h.status, h.closed_on::text, h.street, h.house_number, h.postcode, h.city,
       a.name as area_name, u.display_name, u.email as user_email, t.name as team_name,
       t.phone as team_phone, t.email as team_email,
       exists (select 1 from intake i where i.tenant_id = h.tenant_id and i.household_id = h.id
         and i.safety_flag) as safety
     from household h
     left join area a on a.tenant_id = h.tenant_id and a.id = h.area_id
     left join team t on t.tenant_id = a.tenant_id and t.id = a.team_id
     left join app_user u on u.tenant_id = h.tenant_id and u.id = h.coordinator_id
     where h.id = $1`,
    [householdId],
  );
  const rows = await q<MemberRow>(
    `select p.id as person_id, p.first_name, p.last_name, p.birth_date::text, p.phone, p.email, p.sex,
       m.member_role, m.since::text, m.until::text
     from household_member m join person p on p.tenant_id = m.tenant_id and p.id = m.person_id
     where m.household_id = $1 order by p.birth_date`,
    [householdId],
  );
  const network = await q<Record<string, string | number | boolean | null>>(
    'select * from network_member where household_id = $1 order by created_at, id',
    [householdId],
  );
  const today = new Date();
  const member = (r: MemberRow) => ({
    personId: r.person_id,
    firstName: r.first_name,
    lastName: r.last_name,
    birthDate: r.birth_date,
    age: age(r.birth_date, today),
    role: r.member_role,
    phone: r.phone,
    email: r.email,
    sex: r.sex,
    since: r.since,
    until: r.until,
  });
  const current = rows.filter((r) => r.until === null);
  return {
    id: h!.id,
    name: h!.name,
    status: h!.status,
    closedOn: h!.closed_on,
    street: h!.street,
    houseNumber: h!.house_number,
    postcode: h!.postcode,
    city: h!.city,
    areaName: h!.area_name,
    members: current.map(member),
    formerMembers: rows
      .filter((r) => r.until !== null)
      .sort((x, y) => (y.until ?? '').localeCompare(x.until ?? ''))
      .map(member),
    network: network.map((n) => ({
      id: n.id,
      name: n.name,
      relation: n.relation,
      phone: n.phone,
      email: n.email,
      takesPartInPlan: n.takes_part_in_plan,
      status: n.status,
      helpNote: n.help_note_enc ? decryptOptional(n.help_note_enc as string) : null,
      suggestedByFamily: n.suggested_by !== null,
      version: n.version,
    })),
    professionals: [
      ...(h!.display_name
        ? [{ kind: 'coordinator', name: h!.display_name, phone: null, email: h!.user_email }]
        : []),
      ...(h!.team_name
        ? [{ kind: 'team', name: h!.team_name, phone: h!.team_phone, email: h!.team_email }]
        : []),
    ],
    flags: {
      safety: h!.safety,
      comingOfAge: current
        .filter((r) => turns18Soon(r.birth_date, today))
        .map((r) => ({
          personId: r.person_id,
          firstName: r.first_name,
          turns18On: eighteenthBirthday(r.birth_date),
        })),
    },
    canEdit,
  };
}

describe('the dossier answer', () => {
  it('is every field the rows hold, current and former members apart, for the coordinator', async () => {
    const sanne = await as('u-sanne');
    // Tom moves out: the Jansens get a former member, the Öztürks a new one.
    const moved = await sanne.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members/p-tom/move',
      payload: { toHouseholdId: 'hh-ozturk', on: '2026-01-05', role: 'kind' },
    });
    expect(moved.statusCode).toBe(200);
    for (const id of ['hh-jansen', 'hh-ozturk']) {
      const res = await sanne.request({ url: `/api/households/${id}` });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(await expectedDossier(id, true));
    }
    const jansen = (await sanne.request({ url: '/api/households/hh-jansen' })).json();
    expect(jansen.formerMembers.map((m: { personId: string }) => m.personId)).toEqual(['p-tom']);
    expect(jansen.network.some((n: { helpNote: string | null }) => n.helpNote !== null)).toBe(true);
  });

  it("is the same for the team lead but for editing, and the resident's without pending suggestions", async () => {
    const lead = (await (await as('u-ahmed')).request({ url: '/api/households/hh-jansen' })).json();
    expect(lead).toEqual(await expectedDossier('hh-jansen', false));
    const full = await expectedDossier('hh-jansen', false);
    const own = (await (await as('u-anouk')).request({ url: '/api/households/hh-jansen' })).json();
    // Another adult's and a youth from 16's own contact details are theirs (no consent to Anouk here).
    const hidden = new Set(['p-mark', 'p-lisa']);
    expect(own).toEqual({
      ...full,
      members: full.members.map((m) => (hidden.has(m.personId) ? { ...m, phone: null, email: null } : m)),
      network: full.network.filter((n) => n.status === 'active'),
    });
  });

  it('audits each read once, and a refusal once, with nothing of the household in the refusal', async () => {
    const before = (await auditRows('household.read', 'u-mohamed')).length;
    const refused = await (await as('u-mohamed')).request({ url: '/api/households/hh-jansen' });
    expect(refused.statusCode).toBe(404);
    expect(JSON.stringify(refused.json())).not.toContain('Jansen');
    const after = await auditRows('household.read', 'u-mohamed');
    expect(after.slice(before).map((r) => [r.outcome, r.subject_id])).toEqual([['denied', 'hh-jansen']]);
    const sanneBefore = (await auditRows('household.read', 'u-sanne')).length;
    await (await as('u-sanne')).request({ url: '/api/households/hh-ozturk' });
    const sanneAfter = await auditRows('household.read', 'u-sanne');
    expect(sanneAfter.slice(sanneBefore).map((r) => [r.outcome, r.subject_id])).toEqual([
      ['success', 'hh-ozturk'],
    ]);
  });

  it('takes two statements: the household with all it shows (decided on), then its audit row', async () => {
    const sanne = await as('u-sanne');
    // Warm: the statements are prepared and the session is known.
    expect((await sanne.request({ url: '/api/households/hh-ozturk' })).statusCode).toBe(200);
    const client = (app().database.db as unknown as { $client: { query: (...args: unknown[]) => unknown } })
      .$client;
    const sent = vi.spyOn(client, 'query');
    try {
      expect((await sanne.request({ url: '/api/households/hh-jansen' })).statusCode).toBe(200);
      const texts = sent.mock.calls.map(([q]) => (typeof q === 'string' ? q : (q as { text: string }).text));
      // The session lookup is the session's own (remembered for two seconds, decision 0037); a seal
      // is the background audit sequencer's (decision 0047), not the request's.
      const dossier = texts.filter((t) => !t.includes('from "session"') && !t.includes('audit_seal('));
      expect(dossier).toHaveLength(2);
      expect(dossier[1]).toContain('audit_append');
    } finally {
      sent.mockRestore();
    }
  });
});
