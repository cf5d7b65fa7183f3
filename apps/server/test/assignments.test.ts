import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildMessage,
  headerDefaults,
  type Jw305Bericht,
  type Jw307Bericht,
  parseMessage,
  validateXml,
} from '@een-plan/ijw';
import { describe, expect, it } from 'vitest';
import { exportMessages } from '../src/assignments/export.ts';
import { backoffMs, configureIjwDelivery, deliverOutbox } from '../src/assignments/outbox.ts';
import { computeBudgetCents, periodsIn } from '../src/assignments/service.ts';
import { setApprovalThreshold, startAssignment, stopAssignment } from './helpers/assignment-builder.ts';
import { auditRows as auditRowsOf } from './helpers/audit-rows.ts';
import { appOfFile } from './helpers/file-app.ts';
import { postIjwMessage } from './helpers/ijw-post.ts';

const { app, as } = appOfFile();

const ASSIGN = '/api/households/hh-jansen/assignments';
const input = {
  planActionId: 'act-jansen-jeugdhulp',
  personId: 'p-tom',
  contractProductId: 'cp-jeugdhulp-ambulant',
  volume: 2,
  frequency: '2',
  startDate: '2026-12-01',
  endDate: '2027-02-28',
  referrerType: '01',
};

async function messagesOf(assignmentId: string) {
  return app().database.ownerQuery<{
    id: string;
    direction: string;
    message_type: string;
    xml: string;
    status: string;
    retour_message_id: string | null;
    validation: { valid: boolean };
  }>('select * from ijw_message where assignment_id = $1 order by created_at, message_type', [assignmentId]);
}

/** The audit rows of an action, a list event once per assignment it named (decision 0028). */
const auditRows = (action: string) => auditRowsOf(app().database, action);

describe('budget', () => {
  it('counts whole periods of the frequency', () => {
    expect(periodsIn('1', '2026-12-01', '2026-12-31')).toBe(31);
    expect(periodsIn('2', '2026-12-01', '2027-02-28')).toBe(13);
    expect(periodsIn('4', '2026-12-01', '2027-02-28')).toBe(3);
    expect(periodsIn('6', '2026-12-01', '2027-02-28')).toBe(1);
    expect(
      computeBudgetCents(
        { volume: 2, frequency: '2', startDate: '2026-12-01', endDate: '2027-02-28' },
        9_500,
      ),
    ).toBe(2 * 13 * 9_500);
  });
});

describe('contracts', () => {
  it('lists the demo contract and lets only an admin create one', async () => {
    const admin = await as('u-erik');
    const list = await admin.request({ url: '/api/contracts' });
    expect(list.statusCode).toBe(200);
    const jeugdhulp = list.json().contracts.find((c: { id: string }) => c.id === 'contract-jeugdhulp-2026');
    expect(jeugdhulp).toMatchObject({ organisationId: 'org-jeugdhulp', agbCode: '98765432' });
    expect(jeugdhulp.products[0]).toMatchObject({
      unit: '04',
      tariffCents: 9500,
      executionVariant: 'inspanningsgericht',
    });

    const body = {
      organisationId: 'org-jeugdhulp',
      validFrom: '2027-01-01',
      validUntil: '2027-12-31',
      products: [
        {
          name: 'Dagbehandeling',
          productCategory: '46',
          productCode: '46A01',
          unit: '16',
          tariffCents: 12000,
          executionVariant: 'outputgericht',
        },
      ],
    };
    const sanne = await as('u-sanne');
    expect(
      (await sanne.request({ method: 'POST', url: '/api/admin/contracts', payload: body })).statusCode,
    ).toBe(403);
    const created = await admin.request({ method: 'POST', url: '/api/admin/contracts', payload: body });
    expect(created.statusCode).toBe(201);
    const bad = await admin.request({
      method: 'POST',
      url: '/api/admin/contracts',
      payload: { ...body, products: [{ ...body.products[0], unit: '99' }] },
    });
    expect(bad.statusCode).toBe(400);
    const noAgb = await admin.request({
      method: 'POST',
      url: '/api/admin/contracts',
      payload: { ...body, organisationId: 'org-sociaal-team' },
    });
    expect(noAgb.json().code).toBe('contract_no_agb_code');
  });
});

describe('assign', () => {
  it('computes the budget, builds a valid JW301 in the outbox and the JW302 retour, in one go', async () => {
    const sanne = await as('u-sanne');
    const res = await sanne.request({ method: 'POST', url: ASSIGN, payload: input });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'assigned', budgetCents: 2 * 13 * 9_500 });
    const id = res.json().id;
    const msgs = await messagesOf(id);
    expect(msgs.map((m) => `${m.direction}:${m.message_type}`)).toEqual(['out:JW301', 'in:JW302']);
    const jw301 = msgs[0]!;
    expect(jw301.status).toBe('delivered_locally');
    expect(jw301.retour_message_id).toBe(msgs[1]!.id);
    const report = await validateXml(jw301.xml);
    expect(report.valid).toBe(true);
    const parsed = parseMessage(jw301.xml);
    expect(parsed.type).toBe('JW301');
    if (parsed.type !== 'JW301') return;
    expect(parsed.bericht.Header.Afzender).toBe('0394');
    expect(parsed.bericht.Header.Ontvanger).toBe('98765432');
    const product = parsed.bericht.Client.ToegewezenProducten[0]!;
    expect(product.Omvang).toEqual({ Volume: 2, Eenheid: '04', Frequentie: '2' });
    expect(product.Product).toEqual({ Categorie: '45', Code: '45A03' });
    expect(product.Ingangsdatum).toBe('2026-12-01');
    // The retour says all is well: header only, no retourcodes.
    const retour = parseMessage(msgs[1]!.xml);
    expect(retour.type).toBe('JW302');
    expect((await validateXml(msgs[1]!.xml)).valid).toBe(true);

    const audit = await auditRows('assignment.create');
    expect(audit.some((a) => a.outcome === 'success' && a.subject_id === 'hh-jansen')).toBe(true);

    const pdf = await sanne.request({ url: `/api/assignments/${id}/decision-letter.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await auditRows('assignment.decision_letter')).length).toBeGreaterThan(0);
  });

  it('refuses actions that are not level-2 provider actions, products of another provider, bad dates', async () => {
    const sanne = await as('u-sanne');
    const notProvider = await sanne.request({
      method: 'POST',
      url: ASSIGN,
      payload: { ...input, planActionId: 'act-jansen-oma' },
    });
    expect(notProvider.json().code).toBe('assignment_action_not_provider');
    const dates = await sanne.request({
      method: 'POST',
      url: ASSIGN,
      payload: { ...input, startDate: '2027-03-01', endDate: '2027-02-01' },
    });
    expect(dates.json().code).toBe('assignment_dates_invalid');
    const notMember = await sanne.request({
      method: 'POST',
      url: ASSIGN,
      payload: { ...input, personId: 'p-elif' },
    });
    expect(notMember.json().code).toBe('assignment_person_not_member');
    const other = await as('u-mohamed');
    expect((await other.request({ method: 'POST', url: ASSIGN, payload: input })).statusCode).toBe(403);
    const fatima = await as('u-fatima');
    expect((await fatima.request({ method: 'POST', url: ASSIGN, payload: input })).statusCode).toBe(403);
  });

  it('needs a team lead above the threshold; the JW301 goes out only after approval', async () => {
    await setApprovalThreshold(app().database, 100_000);
    try {
      const sanne = await as('u-sanne');
      const res = await sanne.request({ method: 'POST', url: ASSIGN, payload: input });
      expect(res.statusCode).toBe(201);
      expect(res.json().status).toBe('awaiting_approval');
      const id = res.json().id;
      expect(await messagesOf(id)).toHaveLength(0);
      // A provider does not see it yet.
      const fatima = await as('u-fatima');
      const seen = (await fatima.request({ url: '/api/provider/assignments' })).json().assignments;
      expect(seen.some((a: { id: string }) => a.id === id)).toBe(false);
      // The coordinator cannot approve; the team lead can.
      expect(
        (
          await sanne.request({
            method: 'POST',
            url: `/api/assignments/${id}/approval`,
            payload: { version: 1, approve: true },
          })
        ).statusCode,
      ).toBe(403);
      const ahmed = await as('u-ahmed');
      const stale = await ahmed.request({
        method: 'POST',
        url: `/api/assignments/${id}/approval`,
        payload: { version: 7, approve: true },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('version_conflict');
      const ok = await ahmed.request({
        method: 'POST',
        url: `/api/assignments/${id}/approval`,
        payload: { version: 1, approve: true },
      });
      expect(ok.statusCode).toBe(200);
      const msgs = await messagesOf(id);
      expect(msgs.map((m) => m.message_type)).toEqual(['JW301', 'JW302']);
    } finally {
      await app().database.ownerQuery('delete from assignment_setting where tenant_id = $1', ['0394']);
    }
  });
});

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

describe('export', () => {
  it('writes every stored message as one XML file, each passing XSD and rules', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ijw-export-'));
    try {
      const files = await exportMessages(app().database, dir);
      const [count] = await app().database.ownerQuery<{ n: number }>(
        'select count(*)::int as n from ijw_message',
      );
      expect(files).toHaveLength(count!.n);
      expect(new Set(files.map((f) => f.split('-')[2]))).toEqual(
        new Set([
          ...['JW301', 'JW302', 'JW305', 'JW306', 'JW307', 'JW308', 'JW323', 'JW325'],
          // Providers' requests (requests-demo.ts): verzoek om toewijzing/wijziging and the answers.
          ...['JW315', 'JW316', 'JW317', 'JW318', 'JW319', 'JW320'],
        ]),
      );
      for (const f of files) {
        const report = await validateXml(await readFile(join(dir, f), 'utf8'));
        expect(report.issues, f).toEqual([]);
        expect(report.valid, f).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('outbox delivery', () => {
  it('delivers pending messages to the configured URL with retries and back-off', async () => {
    const received: string[] = [];
    let failNext = 1;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        if (failNext > 0) {
          failNext--;
          res.writeHead(503).end();
          return;
        }
        received.push(body);
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ijw`;
    configureIjwDelivery(url);
    try {
      const sanne = await as('u-sanne');
      const res = await sanne.request({ method: 'POST', url: ASSIGN, payload: input });
      const id = res.json().id;
      const [jw301] = (await messagesOf(id)).filter((m) => m.message_type === 'JW301');
      expect(jw301!.status).toBe('pending');

      const now = new Date();
      const first = await deliverOutbox(app().database.db, { url, now });
      expect(first.retried).toBeGreaterThan(0);
      const [afterFail] = await app().database.ownerQuery<{
        status: string;
        attempts: number;
        next_attempt_at: Date;
      }>('select status, attempts, next_attempt_at from ijw_message where id = $1', [jw301!.id]);
      // Failed once (503) or waiting behind the first failed message: still pending.
      expect(afterFail!.status).toBe('pending');
      // Not due yet: nothing is sent again before the back-off has passed.
      const early = await deliverOutbox(app().database.db, { url, now });
      expect(early.delivered + early.retried).toBe(0);
      const later = new Date(now.getTime() + backoffMs(10) + 1000);
      await deliverOutbox(app().database.db, { url, now: later });
      const [delivered] = await app().database.ownerQuery<{ status: string }>(
        'select status from ijw_message where id = $1',
        [jw301!.id],
      );
      expect(delivered!.status).toBe('delivered');
      expect(received.some((x) => x === jw301!.xml)).toBe(true);
      expect(backoffMs(1)).toBe(60_000);
      expect(backoffMs(3)).toBe(240_000);
    } finally {
      configureIjwDelivery(undefined);
      await new Promise((r) => server.close(r));
    }
  });
});
