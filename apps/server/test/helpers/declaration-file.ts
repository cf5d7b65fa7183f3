import {
  buildMessage,
  headerDefaults,
  type Jw323Bericht,
  type Jw323Prestatie,
  type Jw325Bericht,
  parseMessage,
  toIjwDatum,
  validateXml,
} from '@een-plan/ijw';
import { expect } from 'vitest';
import { assignTomAmbulant, startAssignment } from './assignment-builder.ts';
import { appOfFile } from './file-app.ts';
import { postIjwMessage } from './ijw-post.ts';
import type { TestClient } from './test-app.ts';

/** The contract's tariff of Tom's ambulant product, in cents per hour. */
export const TARIFF = 9_500;

/**
 * The set-up of a declaration (JW323 → JW325) test file: the demo app of the file, its logged-in
 * clients, fresh assignments for Tom, the JW323 built from prestaties, and the JW325 it is answered
 * with, parsed and checked against the XSD.
 */
export function declarationFile() {
  const { app, as } = appOfFile();

  const TOM_BSN = async () =>
    (await app().database.ownerQuery<{ bsn: string }>("select bsn from person where id = 'p-tom'"))[0]!.bsn;
  const TODAY = toIjwDatum(new Date());

  /** A fresh assignment for Tom (weekly by default), started on `startedOn` by the provider. */
  async function assignment(opts: {
    startDate: string;
    endDate: string;
    volume: number;
    frequency?: string;
    startedOn?: string;
  }): Promise<{ id: string; number: number }> {
    const id = await assignTomAmbulant(await as('u-sanne'), opts.startDate, opts.endDate, opts);
    if (opts.startedOn) {
      const fatima = await as('u-fatima');
      const started = await startAssignment(fatima, id, 1, opts.startedOn);
      expect(started.statusCode).toBe(200);
    }
    const [row] = await app().database.ownerQuery<{ assignment_number: number }>(
      'select assignment_number from assignment where id = $1',
      [id],
    );
    return { id, number: row!.assignment_number };
  }

  let seq = 0;
  const unique = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-5)}${seq++}`.slice(0, 12);

  /** One prestatie of Tom on `number` for [begin, end], consistent (amount = volume × tariff) unless overridden. */
  function prestatie(
    number: number,
    begin: string,
    end: string,
    volume: number,
    over: Partial<Jw323Prestatie> = {},
  ): Jw323Prestatie {
    return {
      ProductReferentie: { ReferentieNummer: unique('RN') },
      ToewijzingNummer: number,
      ProductCategorie: '45',
      ProductCode: '45A03',
      ProductPeriode: { Begindatum: begin, Einddatum: end },
      GeleverdVolume: volume,
      Eenheid: '04',
      ProductTarief: TARIFF,
      IngediendBedrag: { Bedrag: volume * TARIFF, DebetCredit: 'D' },
      ...over,
    } as Jw323Prestatie;
  }

  async function jw323(
    prestaties: Array<Jw323Prestatie & { bsn?: string }>,
    opts: { period?: string; dagtekening?: string; declaratieNummer?: string; total?: number } = {},
  ): Promise<{ xml: string; bericht: Jw323Bericht }> {
    const bsn = await TOM_BSN();
    // The DeclaratiePeriode: the month of the latest ProductPeriode (TR319).
    const month =
      opts.period ??
      prestaties
        .map((p) => (p.ProductPeriode.Einddatum ?? p.ProductPeriode.Begindatum).slice(0, 7))
        .sort()
        .at(-1)!;
    const sum = prestaties.reduce(
      (s, p) => s + (p.IngediendBedrag.DebetCredit === 'C' ? -1 : 1) * p.IngediendBedrag.Bedrag,
      0,
    );
    const total = opts.total ?? sum;
    const byBsn = new Map<string, Jw323Prestatie[]>();
    for (const { bsn: other, ...p } of prestaties) {
      const key = other ?? bsn;
      byBsn.set(key, [...(byBsn.get(key) ?? []), p as Jw323Prestatie]);
    }
    const [y, m] = month.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const bericht: Jw323Bericht = {
      Header: {
        ...headerDefaults('JW323'),
        Afzender: '98765432',
        Ontvanger: '0394',
        BerichtIdentificatie: { Identificatie: unique('DC'), Dagtekening: opts.dagtekening ?? TODAY },
      },
      Declaratie: {
        DeclaratieNummer: opts.declaratieNummer ?? unique('DN'),
        DeclaratiePeriode: { Begindatum: `${month}-01`, Einddatum: `${month}-${last}` },
        DeclaratieDagtekening: TODAY,
        TotaalIngediendBedrag: { TotaalBedrag: Math.abs(total), DebetCredit: total < 0 ? 'C' : 'D' },
        Clienten: [...byBsn].map(([Bsn, Prestaties]) => ({ Bsn, Prestaties })),
      },
    } as Jw323Bericht;
    return { xml: buildMessage('JW323', bericht), bericht };
  }

  const post = async (xml: string) => postIjwMessage(await as('u-fatima'), xml);

  /** Posts a JW323 and returns the parsed, validated JW325. */
  async function declare(xml: string) {
    const res = await post(xml);
    expect(res.statusCode, res.body).toBe(200);
    const parsed = parseMessage(res.body);
    expect(parsed.type).toBe('JW325');
    const report = await validateXml(res.body);
    expect(report.valid, JSON.stringify(report.issues)).toBe(true);
    return { res, antwoord: parsed.bericht as Jw325Bericht };
  }

  function rejectedCodes(antwoord: Jw325Bericht): string[][] {
    return (antwoord.DeclaratieAntwoord?.Clienten ?? []).flatMap((c) =>
      c.Prestaties.map((p) => [...p.RetourCodes]),
    );
  }

  async function volumeUsed(client: TestClient, url: string, id: string) {
    const res = await client.request({ url });
    expect(res.statusCode).toBe(200);
    return res.json().assignments.find((a: { id: string }) => a.id === id) as {
      volumeUsed: number;
      volumeTotal: number;
    };
  }

  return { app, as, assignment, unique, prestatie, jw323, post, declare, rejectedCodes, volumeUsed };
}
