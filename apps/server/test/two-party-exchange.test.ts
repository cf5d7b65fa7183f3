import type { AddressInfo } from 'node:net';
import {
  headerDefaults,
  type Jw301Bericht,
  type Jw305Bericht,
  type Jw307Bericht,
  type Jw315Bericht,
  type Jw323Bericht,
  toIjwDatum,
} from '@een-plan/ijw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureIjwDelivery, deliverOutbox } from '../src/assignments/outbox.ts';
import { postTomAmbulant } from './helpers/assignment-builder.ts';
import { ProviderSystem } from './helpers/provider-system.ts';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

/**
 * The two-party test: the municipality (this server, tenant 0394, listening on a real port) and a
 * provider's own system (AGB 98765432, its own HTTP server, built only on the iJw library) run the
 * cycle over HTTP. Every message that crosses must pass the official XSD and rules.
 */
let t: TestApp;
let provider: ProviderSystem;
let municipalityUrl: string;
let providerUrl: string;
let admin: TestClient;
let sanne: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  municipalityUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/ijw/messages`;
  admin = t.client();
  await admin.loginAs('u-erik');
  sanne = t.client();
  await sanne.loginAs('u-sanne');
  const created = await admin.request({
    method: 'POST',
    url: '/api/admin/providers/org-jeugdhulp/api-clients',
    payload: { label: 'Zorgsysteem' },
  });
  expect(created.statusCode).toBe(201);
  provider = new ProviderSystem('98765432', { url: municipalityUrl, token: created.json().token });
  providerUrl = await provider.start();
  configureIjwDelivery(providerUrl);
});

afterAll(async () => {
  configureIjwDelivery(undefined);
  await provider?.stop();
  await t?.close();
});

const deliver = () => deliverOutbox(t.database.db, { url: providerUrl });

function clientOf(jw301: Jw301Bericht) {
  const c = jw301.Client;
  return {
    Bsn: c.Bsn,
    Geboortedatum: c.Geboortedatum,
    Geslacht: c.Geslacht,
    Naam: {
      Geslachtsnaam: c.Naam.Geslachtsnaam,
      ...(c.Naam.Voornamen ? { Voornamen: c.Naam.Voornamen } : {}),
      ...(c.Naam.Voorletters ? { Voorletters: c.Naam.Voorletters } : {}),
    },
  };
}

function header<T extends 'JW305' | 'JW307' | 'JW315' | 'JW323'>(type: T, prefix: string) {
  return {
    ...headerDefaults(type),
    Afzender: provider.agb,
    Ontvanger: '0394',
    BerichtIdentificatie: {
      Identificatie: provider.nextIdentificatie(prefix),
      Dagtekening: toIjwDatum(new Date()),
    },
  };
}

describe('two parties over HTTP', () => {
  it('runs the whole cycle JW315 → 316 → 301 → 302 → 305 → 306 → 323 → 325 → 307 → 308, every message valid', async () => {
    const [elif] = await t.database.ownerQuery<{ bsn: string; birth_date: string; last_name: string }>(
      "select bsn, birth_date::text as birth_date, last_name from person where id = 'p-elif'",
    );
    const TARIFF = 9_500;

    // 1. After a GP referral the provider asks for an assignment (JW315); the JW316 comes back at once.
    const requested = await provider.send('JW315', {
      Header: header('JW315', 'VA'),
      Client: {
        Bsn: elif!.bsn,
        Geboortedatum: { Datum: elif!.birth_date },
        Geslacht: '0',
        Naam: { Geslachtsnaam: { Achternaam: elif!.last_name } },
        AangevraagdeProducten: [
          {
            ReferentieAanbieder: 'HA-2026-0001',
            Product: { Categorie: '45', Code: '45A03' },
            ToewijzingIngangsdatum: '2026-10-01',
            ToewijzingEinddatum: '2027-01-31',
            Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
            Verwijzer: { Type: '02', ZorgverlenerCode: '01234567' },
          },
        ],
      },
    } as Jw315Bericht);
    expect(requested.type).toBe('JW316');
    expect(requested.xml).not.toContain('RetourCode');

    // 2. The team lead grants it in Eén Plan; the JW301 goes out to the provider, the JW302 comes back.
    const [request] = await t.database.ownerQuery<{ id: string; version: number }>(
      "select id, version from assignment_request where provider_reference = 'HA-2026-0001'",
    );
    const ahmed = t.client();
    await ahmed.loginAs('u-ahmed');
    const granted = await ahmed.request({
      method: 'POST',
      url: `/api/assignment-requests/${request!.id}/decision`,
      payload: { version: request!.version, decision: 'grant' },
    });
    expect(granted.statusCode, granted.body).toBe(200);
    const assignmentId = granted.json().assignmentId as string;
    expect(await deliver()).toMatchObject({ delivered: 1, retours: 1 });
    const [jw301] = provider.receivedOf('JW301');
    const product = jw301!.Client.ToegewezenProducten[0]!;
    expect(product.ReferentieAanbieder).toBe('HA-2026-0001');

    // 3. Start (JW305 → JW306).
    const started = await provider.send('JW305', {
      Header: header('JW305', 'ST'),
      Client: {
        ...clientOf(jw301!),
        StartProducten: [
          {
            ToewijzingNummer: product.ToewijzingNummer,
            Product: product.Product,
            ToewijzingIngangsdatum: product.Ingangsdatum,
            Begindatum: '2026-10-01',
            StatusAanlevering: '1',
          },
        ],
      },
    } as Jw305Bericht);
    expect(started.type).toBe('JW306');
    expect(started.xml).not.toContain('RetourCode');

    // 4. October is over: the provider declares 8 hours (JW323); the municipality approves (JW325, 8001).
    const declared = await provider.send('JW323', {
      Header: header('JW323', 'DC'),
      Declaratie: {
        DeclaratieNummer: provider.nextIdentificatie('DN'),
        DeclaratiePeriode: { Begindatum: '2026-10-01', Einddatum: '2026-10-31' },
        DeclaratieDagtekening: toIjwDatum(new Date()),
        TotaalIngediendBedrag: { TotaalBedrag: 8 * TARIFF, DebetCredit: 'D' },
        Clienten: [
          {
            Bsn: elif!.bsn,
            Prestaties: [
              {
                ProductReferentie: { ReferentieNummer: provider.nextIdentificatie('RN') },
                ToewijzingNummer: product.ToewijzingNummer,
                ProductCategorie: '45',
                ProductCode: '45A03',
                ProductPeriode: { Begindatum: '2026-10-01', Einddatum: '2026-10-31' },
                GeleverdVolume: 8,
                Eenheid: '04',
                ProductTarief: TARIFF,
                IngediendBedrag: { Bedrag: 8 * TARIFF, DebetCredit: 'D' },
              },
            ],
          },
        ],
      },
    } as Jw323Bericht);
    expect(declared.type).toBe('JW325');
    expect(declared.xml).toContain('8001');

    // 5. Stop (JW307 → JW308).
    const stopped = await provider.send('JW307', {
      Header: header('JW307', 'SP'),
      Client: {
        ...clientOf(jw301!),
        StopProducten: [
          {
            ToewijzingNummer: product.ToewijzingNummer,
            Product: product.Product,
            ToewijzingIngangsdatum: product.Ingangsdatum,
            Begindatum: '2026-10-01',
            RedenBeeindiging: '31',
            Einddatum: '2026-11-20',
            StatusAanlevering: '1',
          },
        ],
      },
    } as Jw307Bericht);
    expect(stopped.type).toBe('JW308');
    expect(stopped.xml).not.toContain('RetourCode');

    // The municipality's view: stopped, with the declared volume used; the JW302 stored with its JW301.
    const [a] = await t.database.ownerQuery<{ status: string; started_on: string; stopped_on: string }>(
      'select status, started_on::text, stopped_on::text from assignment where id = $1',
      [assignmentId],
    );
    expect(a).toMatchObject({ status: 'stopped', started_on: '2026-10-01', stopped_on: '2026-11-20' });
    const [stored] = await t.database.ownerQuery<{ retour_type: string }>(
      `select r.message_type as retour_type from ijw_message m
         join ijw_message r on r.tenant_id = m.tenant_id and r.id = m.retour_message_id
        where m.assignment_id = $1 and m.message_type = 'JW301'`,
      [assignmentId],
    );
    expect(stored?.retour_type).toBe('JW302');

    expect(provider.crossed.map((c) => c.type)).toEqual([
      'JW315',
      'JW316',
      'JW301',
      'JW302',
      'JW305',
      'JW306',
      'JW323',
      'JW325',
      'JW307',
      'JW308',
    ]);
    for (const c of provider.crossed) {
      expect({ type: c.type, issues: c.report.issues }).toEqual({ type: c.type, issues: [] });
      expect(c.report.valid).toBe(true);
    }
  });
});

describe('the provider system key', () => {
  it('works only on the iJw endpoint, needs no CSRF token, and stops working once revoked', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/admin/providers/org-jeugdhulp/api-clients',
      payload: { label: 'Hub' },
    });
    const { token, client } = created.json();
    expect(token).toMatch(/^ep_0394_/);
    const [row] = await t.database.ownerQuery<{ token_hash: string }>(
      'select token_hash from api_client where id = $1',
      [client.id],
    );
    expect(row!.token_hash).not.toContain(token.slice(8));

    const bearer = { authorization: `Bearer ${token}` };
    // Elsewhere the key is not a login.
    const other = await t.app.inject({ url: '/api/provider/assignments', headers: bearer });
    expect(other.statusCode).toBe(401);
    // On the iJw endpoint it is, without CSRF: what is not iJw is refused on content.
    const notIjw = await t.app.inject({
      method: 'POST',
      url: '/api/ijw/messages',
      headers: { ...bearer, 'content-type': 'application/xml' },
      payload: '<not-ijw/>',
    });
    expect(notIjw.statusCode).toBe(422);
    expect(notIjw.json().code).toBe('ijw_message_invalid');

    const list = await admin.request({ url: '/api/admin/providers/org-jeugdhulp/api-clients' });
    expect(JSON.stringify(list.json())).not.toContain(token);
    const revoked = await admin.request({
      method: 'DELETE',
      url: `/api/admin/providers/org-jeugdhulp/api-clients/${client.id}`,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await t.app.inject({
      method: 'POST',
      url: '/api/ijw/messages',
      headers: { ...bearer, 'content-type': 'application/xml' },
      payload: '<not-ijw/>',
    });
    expect(after.statusCode).toBe(401);
    const bad = await admin.request({
      method: 'POST',
      url: '/api/admin/providers/org-jeugdhulp/api-clients',
      payload: { label: '' },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('start warning', () => {
  it('flags an assignment whose start was not reported within the configured days', async () => {
    const res = await postTomAmbulant(sanne, '2026-10-01', '2027-01-31');
    expect(res.statusCode).toBe(201);
    const find = async () =>
      (await sanne.request({ url: '/api/households/hh-jansen/assignments' }))
        .json()
        .assignments.find((x: { id: string }) => x.id === res.json().id);
    const today = toIjwDatum(new Date());
    const assignedOn = today;
    const save = (startWarningDays: number) =>
      admin.request({
        method: 'PUT',
        url: '/api/admin/assignment-settings',
        payload: { approvalThresholdCents: 1_000_000, startWarningDays },
      });
    expect((await save(365)).statusCode).toBe(200);
    expect(await find()).toMatchObject({ status: 'assigned', startOverdue: false });
    // Assigned today, after its start date: the period counts from today, so it is not overdue yet
    // with 1 day either; the due date moves with the setting.
    expect((await save(1)).statusCode).toBe(200);
    const a = await find();
    expect(a.startOverdue).toBe(false);
    expect(a.startDueDate > assignedOn).toBe(true);
    // Backdate the assignment: sent 20 days ago, nothing heard since.
    await t.database.ownerQuery(
      "update assignment set assigned_at = now() - interval '20 days' where id = $1",
      [res.json().id],
    );
    expect(await find()).toMatchObject({ startOverdue: true });
    expect((await save(0)).statusCode).toBe(400);
  });
});
