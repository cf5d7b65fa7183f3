import {
  buildMessage,
  headerDefaults,
  type Jw305Bericht,
  type Jw307Bericht,
  parseMessage,
  validateXml,
} from '@een-plan/ijw';
import { describe, expect, it } from 'vitest';
import { startAssignment, stopAssignment } from './helpers/assignment-builder.ts';
import { assignmentFile } from './helpers/assignment-file.ts';
import { postIjwMessage } from './helpers/ijw-post.ts';

const { app, as, ASSIGN, input, messagesOf, auditRows } = assignmentFile();

describe('provider side', () => {
  it('shows the provider only its own organisation, every assignment shown in the audit log', async () => {
    const fatima = await as('u-fatima');
    const res = await fatima.request({ url: '/api/provider/assignments' });
    expect(res.statusCode).toBe(200);
    const list = res.json().assignments as Array<{ organisationId: string; id: string }>;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((a) => a.organisationId === 'org-jeugdhulp')).toBe(true);
    expect(JSON.stringify(res.json())).not.toMatch(/bsn/i);
    const audit = await auditRows('assignment.read');
    for (const a of list)
      expect(audit.some((r) => r.subject_id === a.id && r.actor_user_id === 'u-fatima')).toBe(true);
    // An assignment of another organisation cannot be started by this provider.
    await app().database.ownerQuery("update app_user set organisation_id = 'org-cjg' where id = 'u-fatima'");
    try {
      const other = app().client();
      await other.loginAs('u-fatima');
      const none = await other.request({ url: '/api/provider/assignments' });
      expect(none.json().assignments).toHaveLength(0);
      const start = await startAssignment(other, list[0]!.id, 1, '2026-12-01');
      expect(start.statusCode).toBe(404);
    } finally {
      await app().database.ownerQuery(
        "update app_user set organisation_id = 'org-jeugdhulp' where id = 'u-fatima'",
      );
    }
  });

  it('runs start (JW305 → JW306) and stop (JW307 → JW308); a stop before its start is refused', async () => {
    const sanne = await as('u-sanne');
    const created = await sanne.request({
      method: 'POST',
      url: ASSIGN,
      payload: { ...input, startDate: '2026-11-01', endDate: '2027-02-28' },
    });
    const id = created.json().id;
    const fatima = await as('u-fatima');
    const early = await stopAssignment(fatima, id, 1, '2026-11-15', '31');
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('assignment_not_started');

    const future = await startAssignment(fatima, id, 1, '2099-12-03');
    expect(future.json().code).toBe('assignment_date_in_future');
    const start = await startAssignment(fatima, id, 1, '2026-11-03');
    expect(start.statusCode).toBe(200);
    const again = await startAssignment(fatima, id, 2, '2026-11-03');
    expect(again.json().code).toBe('assignment_wrong_status');
    const stop = await stopAssignment(fatima, id, 2, '2026-11-20');
    expect(stop.statusCode).toBe(200);

    const msgs = await messagesOf(id);
    expect(msgs.map((m) => `${m.direction}:${m.message_type}`)).toEqual([
      'out:JW301',
      'in:JW302',
      'in:JW305',
      'out:JW306',
      'in:JW307',
      'out:JW308',
    ]);
    for (const m of msgs) expect((await validateXml(m.xml)).valid, m.message_type).toBe(true);
    const jw307 = parseMessage(msgs[4]!.xml);
    if (jw307.type !== 'JW307') throw new Error('expected JW307');
    expect(jw307.bericht.Client.StopProducten[0]).toMatchObject({
      Begindatum: '2026-11-03',
      Einddatum: '2026-11-20',
      RedenBeeindiging: '34',
    });

    const life = await sanne.request({ url: ASSIGN });
    const mine = life.json().assignments.find((a: { id: string }) => a.id === id);
    expect(mine).toMatchObject({
      status: 'stopped',
      startedOn: '2026-11-03',
      stoppedOn: '2026-11-20',
      stopReason: '34',
    });
    expect((await auditRows('assignment.start')).length).toBeGreaterThan(0);
    expect((await auditRows('assignment.stop')).length).toBeGreaterThan(0);
  });
});

describe('demo data and messages for administrators', () => {
  it('holds assignments in several stages with valid stored messages; admin reads them, audited', async () => {
    const stages = await app().database.ownerQuery<{ id: string; status: string }>(
      "select id, status from assignment where id like 'asg-jansen-tom-%' order by id",
    );
    expect(stages).toEqual([
      { id: 'asg-jansen-tom-1', status: 'stopped' },
      { id: 'asg-jansen-tom-2', status: 'started' },
    ]);
    const admin = await as('u-erik');
    const list = await admin.request({ url: '/api/admin/ijw-messages?limit=200' });
    expect(list.statusCode).toBe(200);
    const messages = list.json().messages as Array<{ id: string; messageType: string; valid: boolean }>;
    const types = new Set(messages.map((m) => m.messageType));
    for (const type of ['JW301', 'JW302', 'JW305', 'JW306', 'JW307', 'JW308'])
      expect(types.has(type)).toBe(true);
    expect(messages.every((m) => m.valid)).toBe(true);
    const one = await admin.request({ url: `/api/admin/ijw-messages/${messages[0]!.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.json().xml).toContain('<?xml');
    expect((await auditRows('ijw_message.read')).some((r) => r.subject_id === messages[0]!.id)).toBe(true);
    const sanne = await as('u-sanne');
    expect((await sanne.request({ url: '/api/admin/ijw-messages' })).statusCode).toBe(403);
  });
});

describe('transport: POST /api/ijw/messages', () => {
  async function assigned(startDate = '2026-11-01') {
    const sanne = await as('u-sanne');
    const res = await sanne.request({
      method: 'POST',
      url: ASSIGN,
      payload: { ...input, startDate, endDate: '2027-02-28' },
    });
    expect(res.statusCode).toBe(201);
    const [row] = await app().database.ownerQuery<{ assignment_number: number }>(
      'select assignment_number from assignment where id = $1',
      [res.json().id],
    );
    return { id: res.json().id as string, number: row!.assignment_number };
  }

  /** The provider (AGB 98765432) writes to Haarlemmermeer about Tom: the header and client of a message. */
  function aboutTom(type: 'JW305' | 'JW307', identificatie: string) {
    return {
      Header: {
        ...headerDefaults(type),
        Afzender: '98765432',
        Ontvanger: '0394',
        BerichtIdentificatie: { Identificatie: identificatie, Dagtekening: '2026-11-22' },
      },
      Client: {
        Bsn: '999990019',
        Geboortedatum: { Datum: '2014-03-15' },
        Geslacht: '0',
        Naam: { Geslachtsnaam: { Achternaam: 'Jansen' }, Voornamen: 'Tom' },
      },
    };
  }
  const assignedProduct = (number: number) => ({
    ToewijzingNummer: number,
    Product: { Categorie: '45', Code: '45A03' },
    ToewijzingIngangsdatum: '2026-11-01',
  });

  function startXml(number: number, identificatie: string, begindatum = '2026-11-05') {
    const { Header, Client } = aboutTom('JW305', identificatie);
    const start = { ...assignedProduct(number), Begindatum: begindatum, StatusAanlevering: '1' };
    return buildMessage('JW305', { Header, Client: { ...Client, StartProducten: [start] } } as Jw305Bericht);
  }

  function stopXml(number: number, identificatie: string) {
    const { Header, Client } = aboutTom('JW307', identificatie);
    const stop = {
      ...assignedProduct(number),
      Begindatum: '2026-11-05',
      RedenBeeindiging: '31',
      Einddatum: '2026-11-21',
      StatusAanlevering: '1',
    };
    return buildMessage('JW307', { Header, Client: { ...Client, StopProducten: [stop] } } as Jw307Bericht);
  }

  const post = postIjwMessage;

  it('processes a start once; a duplicate gets the same retour and is not processed twice', async () => {
    const { id, number } = await assigned();
    const fatima = await as('u-fatima');
    const xml = startXml(number, `HTST${number}`);
    const first = await post(fatima, xml);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toContain('application/xml');
    const retour = parseMessage(first.body);
    expect(retour.type).toBe('JW306');
    expect((await validateXml(first.body)).valid).toBe(true);
    expect(first.body).not.toContain('RetourCode');
    const second = await post(fatima, xml);
    expect(second.statusCode).toBe(200);
    expect(second.headers['ijw-duplicate']).toBe('true');
    expect(second.body).toBe(first.body);
    const msgs = await messagesOf(id);
    expect(msgs.filter((m) => m.message_type === 'JW305')).toHaveLength(1);
    const [a] = await app().database.ownerQuery<{ status: string; started_on: string }>(
      "select status, to_char(started_on, 'YYYY-MM-DD') as started_on from assignment where id = $1",
      [id],
    );
    expect(a).toEqual({ status: 'started', started_on: '2026-11-05' });
    expect((await auditRows('ijw_message.receive')).length).toBeGreaterThan(0);
  });

  it('rejects a stop before its start with a retour code (TR019 → 9019) and changes nothing', async () => {
    const { id, number } = await assigned();
    const fatima = await as('u-fatima');
    const res = await post(fatima, stopXml(number, `HTSP${number}`));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('9019');
    expect((await validateXml(res.body)).valid).toBe(true);
    const [a] = await app().database.ownerQuery<{ status: string }>(
      'select status from assignment where id = $1',
      [id],
    );
    expect(a!.status).toBe('assigned');
  });

  it('answers XSD errors with a problem (no retour), refuses other senders and non-providers', async () => {
    const fatima = await as('u-fatima');
    const broken = await post(
      fatima,
      '<jw305:Bericht xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema"/>',
    );
    expect(broken.statusCode).toBe(422);
    expect(broken.json().code).toBe('ijw_message_invalid');
    const notXml = await post(fatima, 'not xml at all');
    expect(notXml.statusCode).toBe(422);
    const wrongSender = await post(fatima, startXml(1, 'HTWRONG1').replace('98765432', '12345678'));
    expect(wrongSender.json().code).toBe('ijw_message_wrong_party');
    const sanne = await as('u-sanne');
    expect((await post(sanne, startXml(1, 'HTX1'))).statusCode).toBe(403);
    const anonymous = app().client();
    expect((await post(anonymous, startXml(1, 'HTX2'))).statusCode).toBe(401);
  });
});
