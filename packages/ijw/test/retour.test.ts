/**
 * Retour messages built from incoming messages, per IV028/IV032/OP065 (and OP303/OP304/TR342 for the
 * declaratie-antwoord), and validated against the official XSD and rules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMessage } from '../src/build.ts';
import { buildDeclaratieAntwoord, declaratieAntwoordForValidation } from '../src/declaratie-antwoord.ts';
import type { IjwBerichtMap } from '../src/generated/types.ts';
import { parseMessageAs } from '../src/parse.ts';
import { buildRetour, type Retour, retourForValidation } from '../src/retour.ts';
import type { IjwMessageType } from '../src/schema.ts';
import { validateMessage } from '../src/validate/index.ts';
import { validationPool } from '../src/validate/pool.ts';
import { example } from './support.ts';

beforeAll(async () => {
  await validationPool().warmUp();
});

const RETOUR = { identificatie: 'RET-0001', dagtekening: '2026-04-02' };

async function expectValid(r: Retour<IjwMessageType>) {
  const { xml, report } = await validateMessage(r.type, r.bericht as never);
  expect(report.issues, xml).toEqual([]);
  expect(parseMessageAs(r.type, xml)).toStrictEqual(r.bericht);
  return xml;
}

const jw301 = () => ({ type: 'JW301' as const, bericht: parseMessageAs('JW301', example('JW301')) });

describe('retour on a correct message', () => {
  it('JW301 → JW302 with only the header and no retourcodes', async () => {
    const r = buildRetour(jw301(), RETOUR);
    expect(r.type).toBe('JW302');
    const h = r.bericht.Header;
    expect(h).toStrictEqual({
      BerichtCode: '437',
      BerichtVersie: 3,
      BerichtSubversie: 2,
      Afzender: '0384',
      Ontvanger: '42420001',
      BerichtIdentificatie: { Identificatie: '123456789012', Dagtekening: '2026-04-01' },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
      IdentificatieRetour: 'RET-0001',
      DagtekeningRetour: '2026-04-02',
      XsdVersieRetour: { BasisschemaXsdVersie: '0.1.0', BerichtXsdVersie: '0.1.0' },
    });
    expect(r.bericht.Client).toBeUndefined();
    await expectValid(r);
  });

  it('retourForValidation answers a valid message with the header only', async () => {
    const { xml, report } = await validateMessage('JW301', jw301().bericht);
    expect(report.valid).toBe(true);
    const d = retourForValidation(jw301(), report, RETOUR);
    expect(d.kind).toBe('retour');
    if (d.kind !== 'retour') return;
    expect(d.retour.bericht.Header.RetourCodes).toBeUndefined();
    expect(d.retour.bericht.Header.XsltVersie).toBe('2.10.5');
    expect(d.xml).toContain('<jw302:IdentificatieRetour>RET-0001</jw302:IdentificatieRetour>');
    expect(xml).toContain('jw301:Bericht');
  });
});

describe('controleniveau 2: the rules reject the message', () => {
  it('answers with the header, retourcode 0001 and the XsltVersie', async () => {
    const heen = jw301();
    heen.bericht.Client.Bsn = '999900007';
    const { report } = await validateMessage('JW301', heen.bericht);
    expect(report.issues.map((i) => i.code)).toEqual(['CS002']);
    const d = retourForValidation(heen, report, RETOUR);
    expect(d.kind).toBe('retour');
    if (d.kind !== 'retour') return;
    expect(d.retour.bericht.Header.RetourCodes).toEqual(['0001']);
    expect(d.retour.bericht.Header.XsltVersie).toBe('2.10.5');
    expect(d.retour.bericht.Client).toBeUndefined();
    await expectValid(d.retour);
  });

  it('refuses a technical rejection without XsltVersie', () => {
    expect(() => buildRetour(jw301(), { ...RETOUR, technischAfgekeurd: true })).toThrow(/XsltVersie/);
  });
});

describe('controleniveau 3/4: findings of the receiver', () => {
  it('a header error returns only the header with its code (like the official JW302 example)', async () => {
    const r = buildRetour(jw301(), { ...RETOUR, findings: [{ path: 'Header', codes: ['8848'] }] });
    expect(r.bericht.Header.RetourCodes).toEqual(['8848']);
    expect(r.bericht.Client).toBeUndefined();
    await expectValid(r);
  });

  it('a rejected product returns the whole client with 0200 on every other class', async () => {
    const r = buildRetour(jw301(), {
      ...RETOUR,
      findings: [{ path: 'Client/ToegewezenProducten/ToegewezenProduct[2]', codes: ['9332'] }],
    });
    const c = r.bericht.Client!;
    expect(r.bericht.Header.RetourCodes).toEqual(['0200']);
    expect(c.RetourCodes).toEqual(['0200']);
    expect(c.ToegewezenProducten.map((p) => p.RetourCodes)).toEqual([['0200'], ['9332']]);
    expect(c.Relaties!.map((x) => x.RetourCodes)).toEqual([['0200'], ['0200']]);
    expect(c.Relaties!.map((x) => x.Contact.RetourCodes)).toEqual([['0200'], ['0200']]);
    expect(c.Contactgegevens.map((x) => x.RetourCodes)).toEqual([['0200'], ['0200']]);
    // Everything else is copied unchanged.
    const heen = jw301().bericht.Client;
    expect(c.Bsn).toBe(heen.Bsn);
    expect(c.ToegewezenProducten[1]!.Omvang).toEqual(heen.ToegewezenProducten[1]!.Omvang);
    await expectValid(r);
  });

  it('a finding on an element inside a class reports at that class; 0233 marks classes not checked', async () => {
    const r = buildRetour(jw301(), {
      ...RETOUR,
      findings: [
        { path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Product/Code', codes: ['S329'] },
        { path: '/Bericht/Client/Bsn', codes: ['8187'] },
      ],
      nietBeoordeeld: ['Client/ToegewezenProducten/ToegewezenProduct[2]'],
    });
    expect(r.bericht.Client!.RetourCodes).toEqual(['8187']);
    expect(r.bericht.Client!.ToegewezenProducten.map((p) => p.RetourCodes)).toEqual([['S329'], ['0233']]);
    await expectValid(r);
  });

  it('refuses findings that point at nothing', () => {
    expect(() =>
      buildRetour(jw301(), {
        ...RETOUR,
        findings: [{ path: 'Client/ToegewezenProducten/ToegewezenProduct[3]', codes: ['9332'] }],
      }),
    ).toThrow(/no ToegewezenProduct\[3\]/);
    expect(() =>
      buildRetour(jw301(), { ...RETOUR, findings: [{ path: 'Client/Foo', codes: ['9332'] }] }),
    ).toThrow(/no such element/);
    expect(() => buildRetour(jw301(), { ...RETOUR, findings: [{ path: 'Client', codes: [] }] })).toThrow(
      /no retourcodes/,
    );
  });

  it('JW305 → JW306: a stop without earlier start (IV028 example, TR063 → 9063)', async () => {
    const heen = { type: 'JW305' as const, bericht: parseMessageAs('JW305', example('JW305')) };
    const r = buildRetour(heen, {
      ...RETOUR,
      findings: [{ path: 'Client/StartProducten/StartProduct[1]', codes: ['9063'] }],
    });
    expect(r.type).toBe('JW306');
    expect(r.bericht.Header.RetourCodes).toEqual(['0200']);
    expect(r.bericht.Client!.RetourCodes).toEqual(['0200']);
    expect(r.bericht.Client!.StartProducten.map((s) => s.RetourCodes)).toEqual(
      heen.bericht.Client.StartProducten.map((_, i) => (i === 0 ? ['9063'] : ['0200'])),
    );
    await expectValid(r);
  });

  it('JW307 → JW308 and JW315 → JW316', async () => {
    const stop = { type: 'JW307' as const, bericht: parseMessageAs('JW307', example('JW307')) };
    const r308 = buildRetour(stop, {
      ...RETOUR,
      findings: [{ path: 'Client/StopProducten/StopProduct[1]', codes: ['9069'] }],
    });
    expect(r308.type).toBe('JW308');
    await expectValid(r308);

    // The official JW315 has an impossible date; with a real one it is a valid request.
    const vot = parseMessageAs('JW315', example('JW315').replaceAll('2027-06-31', '2027-06-30'));
    const r316 = buildRetour(
      { type: 'JW315', bericht: vot },
      {
        ...RETOUR,
        findings: [{ path: 'Client/AangevraagdeProducten/AangevraagdProduct[1]', codes: ['9347'] }],
      },
    );
    expect(r316.bericht.Client!.AangevraagdeProducten.map((p) => p.RetourCodes)).toEqual([
      ['9347'],
      ['0200'],
    ]);
    await expectValid(r316);
  });

  it('JW317 → JW318 puts the retourcodes in schema order (unlike the official JW318 example)', async () => {
    const vow = parseMessageAs('JW317', example('JW317'));
    const r = buildRetour(
      { type: 'JW317', bericht: vow },
      {
        ...RETOUR,
        findings: [{ path: 'Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct', codes: ['9350'] }],
      },
    );
    expect(r.bericht.Client!.Verzoek.RetourCodes).toEqual(['0200']);
    expect(r.bericht.Client!.Verzoek.OngewijzigdeProducten![0]!.RetourCodes).toEqual(['9350']);
    const xml = buildMessage('JW318', r.bericht);
    expect(xml.indexOf('<jw318:NieuweProducten>')).toBeLessThan(xml.lastIndexOf('<jw318:RetourCodes>'));
    const { report } = await validateMessage('JW318', r.bericht);
    expect(report.xsd.valid).toBe(true);
  });

  it('JW319 → JW320 with a finding on the Antwoord (like the official JW320 example)', async () => {
    const heen = { type: 'JW319' as const, bericht: parseMessageAs('JW319', example('JW319')) };
    const r = buildRetour(heen, { ...RETOUR, findings: [{ path: 'Antwoord', codes: ['9360'] }] });
    expect(r.bericht.Antwoord!.RetourCodes).toEqual(['9360']);
    await expectValid(r);
  });
});

describe('JW325 declaratie-antwoord', () => {
  const jw323 = (): IjwBerichtMap['JW323'] => {
    const m = parseMessageAs('JW323', example('JW323'));
    // The official example repeats ReferentieNummer RN004 (TR101); give the last line its own number.
    m.Declaratie.Clienten[1]!.Prestaties[2]!.ProductReferentie.ReferentieNummer = 'RN005';
    return m;
  };
  const OPTS = { identificatie: 'DA-1', dagtekening: '2026-05-10' };

  it('all approved: 8001 and the full amount', async () => {
    const r = buildDeclaratieAntwoord(jw323(), OPTS);
    const h = r.bericht.Header;
    expect(h.Afzender).toBe('0384');
    expect(h.Ontvanger).toBe('65656055');
    expect(h.DeclaratieIdentificatie).toEqual({ Identificatie: '765432198', Dagtekening: '2026-05-06' });
    expect(h.RetourCodes).toEqual(['0200']);
    expect(r.bericht.DeclaratieAntwoord).toStrictEqual({
      DeclaratieNummer: 'DN001',
      TotaalIngediendBedrag: { TotaalBedrag: 79000, DebetCredit: 'D' },
      TotaalToegekendBedrag: { TotaalBedrag: 79000, DebetCredit: 'D' },
      RetourCodes: ['8001'],
    });
    await expectValid(r);
  });

  it('rejected prestaties: only those go back, the total granted is reduced (TR342)', async () => {
    const m = jw323();
    const r = buildDeclaratieAntwoord(m, {
      ...OPTS,
      afgewezen: [
        { referentieNummer: 'RN002', codes: ['9339', '9340'] },
        { path: 'Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]', codes: ['9307'] },
      ],
    });
    const a = r.bericht.DeclaratieAntwoord!;
    expect(a.RetourCodes).toEqual(['0200']);
    expect(a.Clienten!.map((c) => c.Bsn)).toEqual(m.Declaratie.Clienten.map((c) => c.Bsn));
    expect(
      a.Clienten!.map((c) => c.Prestaties.map((p) => [p.ProductReferentie.ReferentieNummer, p.RetourCodes])),
    ).toEqual([[['RN002', ['9339', '9340']]], [['RN003', ['9307']]]]);
    const rejected = 24000 + 5000;
    expect(a.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 79000 - rejected, DebetCredit: 'D' });
    await expectValid(r);
    // The rules check the arithmetic: a wrong total is TR342.
    a.TotaalToegekendBedrag.TotaalBedrag += 1;
    const { report } = await validateMessage('JW325', r.bericht);
    expect(report.issues.map((i) => [i.code, i.retourcode])).toEqual([['TR342', '0001']]);
  });

  it('a rejected declaration as a whole grants nothing', async () => {
    const r = buildDeclaratieAntwoord(jw323(), { ...OPTS, declaratie: ['9333'] });
    expect(r.bericht.DeclaratieAntwoord!.RetourCodes).toEqual(['9333']);
    expect(r.bericht.DeclaratieAntwoord!.TotaalToegekendBedrag).toEqual({
      TotaalBedrag: 0,
      DebetCredit: 'D',
    });
    expect(r.bericht.DeclaratieAntwoord!.Clienten).toBeUndefined();
    await expectValid(r);
  });

  it('header errors and technical rejections return only the header', async () => {
    const h = buildDeclaratieAntwoord(jw323(), { ...OPTS, header: ['9056'] });
    expect(h.bericht.DeclaratieAntwoord).toBeUndefined();
    expect(h.bericht.Header.RetourCodes).toEqual(['9056']);
    await expectValid(h);

    const m = parseMessageAs('JW323', example('JW323')); // with its TR101 defect
    const { report } = await validateMessage('JW323', m);
    const d = declaratieAntwoordForValidation(m, report, OPTS);
    expect(d.kind).toBe('retour');
    if (d.kind !== 'retour') return;
    expect(d.retour.bericht.Header.RetourCodes).toEqual(['0001']);
    expect(d.retour.bericht.Header.XsltVersie).toBe('2.10.5');
    await expectValid(d.retour);
  });

  it('refuses unknown prestaties', () => {
    expect(() =>
      buildDeclaratieAntwoord(jw323(), { ...OPTS, afgewezen: [{ referentieNummer: 'X', codes: ['9307'] }] }),
    ).toThrow(/no prestatie with ReferentieNummer X/);
  });
});
