/** Validation reports: official rule codes with locations, XSD errors with element paths, bad input. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMessage, headerDefaults, IjwBuildError } from '../src/build.ts';
import type { Jw301Bericht } from '../src/generated/types.ts';
import { parseMessageAs } from '../src/parse.ts';
import { formatReport, validateMessage, validateXml } from '../src/validate/index.ts';
import { validationPool } from '../src/validate/pool.ts';
import { example } from './support.ts';

beforeAll(async () => {
  await validationPool().warmUp();
});

function jw301(): Jw301Bericht {
  return parseMessageAs('JW301', example('JW301'));
}

describe('rules (TR-CD-CS-regels-JW-3.2.xsl)', () => {
  it('reports CS002 at the BSN when it fails the 11-proef', async () => {
    const m = jw301();
    m.Client.Bsn = '999900007';
    const { report } = await validateMessage('JW301', m);
    expect(report.xsd.valid).toBe(true);
    expect(report.rules).toMatchObject({ checked: true, valid: false, xsltVersie: '2.10.5' });
    expect(report.issues).toEqual([
      {
        niveau: 2,
        source: 'rules',
        code: 'CS002',
        message: 'De waarde moet voldoen aan de 11-proef.',
        locations: ['/Bericht/Client/Bsn'],
      },
    ]);
  });

  it('reports several rules with all their locations', async () => {
    const m = jw301();
    const p = m.Client.ToegewezenProducten[1]!;
    p.Einddatum = '2026-03-01'; // before Ingangsdatum 2026-04-01: CS003
    p.Budget = 1000; // next to an Omvang: CD077 and CD078
    m.Client.Naam.NaamGebruik = '6'; // client as niet-natuurlijk persoon: CS318
    const { report } = await validateMessage('JW301', m);
    const codes = report.issues.map((i) => i.code).sort();
    expect(codes).toEqual(['CD077', 'CD078', 'CS003', 'CS318']);
    const cs003 = report.issues.find((i) => i.code === 'CS003')!;
    expect(cs003.locations).toEqual([
      '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Ingangsdatum',
      '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum',
    ]);
    expect(report.valid).toBe(false);
  });

  it('checks declarations: the total must be the sum of the lines (TR358)', async () => {
    const m = parseMessageAs('JW323', example('JW323'));
    m.Declaratie.Clienten[1]!.Prestaties[2]!.ProductReferentie.ReferentieNummer = 'RN005'; // fix the example's TR101
    const ok = await validateMessage('JW323', m);
    expect(ok.report.issues).toEqual([]);
    m.Declaratie.TotaalIngediendBedrag.TotaalBedrag += 1;
    const bad = await validateMessage('JW323', m);
    expect(bad.report.issues.map((i) => i.code)).toEqual(['TR358']);
  });
});

describe('XSD and input errors', () => {
  it('puts XSD errors at the element path and line', async () => {
    const xml = example('JW301').replace(
      '<jw301:Geslacht>1</jw301:Geslacht>',
      '<jw301:Geslacht>7</jw301:Geslacht>',
    );
    const report = await validateXml(xml);
    expect(report.xsd.valid).toBe(false);
    const [issue] = report.issues;
    expect(issue).toMatchObject({
      niveau: 1,
      source: 'xsd',
      code: 'XSD',
      locations: ['/Bericht/Client/Geslacht'],
      line: 23,
    });
    expect(issue!.message).toContain("'7' is not an element of the set");
  });

  it('reports a document that is not well-formed', async () => {
    const report = await validateXml('<jw301:Bericht xmlns:jw301="x"><a></b></jw301:Bericht>');
    expect(report.valid).toBe(false);
    expect(report.xsd.checked).toBe(false);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ niveau: 1, source: 'xml', code: 'XML', line: 1 });
  });

  it('reports a document that is not an iJw message', async () => {
    const report = await validateXml('<?xml version="1.0"?><Bericht xmlns="urn:other"/>');
    expect(report.issues[0]).toMatchObject({
      code: 'XSD',
      message: expect.stringContaining('not an iJw 3.2 message'),
    });
  });

  it('refuses a DOCTYPE (no entity expansion)', async () => {
    const report = await validateXml('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>');
    expect(report.issues[0]).toMatchObject({ code: 'XML', message: expect.stringContaining('DOCTYPE') });
  });

  it('reports a message of another type than expected', async () => {
    const report = await validateXml(example('JW305'), { expectedType: 'JW301' });
    expect(report.valid).toBe(false);
    expect(report.issues[0]!.message).toBe('expected a JW301 message, got JW305');
  });

  it('formats a readable report', async () => {
    const m = jw301();
    m.Client.Bsn = '999900007';
    const { report } = await validateMessage('JW301', m);
    const text = formatReport(report, 'x.xml');
    expect(text).toContain('x.xml: JW301 (BerichtIdentificatie 123456789012, Dagtekening 2026-04-01)');
    expect(text).toContain('XSD JW301.xsd: valid');
    expect(text).toContain('Rules TR-CD-CS-regels-JW-3.2.xsl (XSLT 2.10.5): 1 error');
    expect(text).toContain('CS002 /Bericht/Client/Bsn');
    expect(text).toContain('Result: INVALID');
  });
});

describe('builder checks', () => {
  it('refuses a model that the XSD would refuse, with the element path', () => {
    const m = jw301();
    m.Client.ToegewezenProducten[0]!.Ingangsdatum = '2026-02-30';
    expect(() => buildMessage('JW301', m)).toThrow(
      new IjwBuildError(
        '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Ingangsdatum',
        "'2026-02-30' is not a valid date (YYYY-MM-DD)",
      ),
    );
    const n = jw301();
    (n.Client as { Geslacht: string }).Geslacht = '9';
    expect(() => buildMessage('JW301', n)).toThrow(/\/Bericht\/Client\/Geslacht: '9' is not one of 0, 1, 2/);
    const o = jw301();
    o.Client.ToegewezenProducten = [];
    expect(() => buildMessage('JW301', o)).toThrow(
      /ToegewezenProducten: needs at least one ToegewezenProduct/,
    );
    const p = jw301();
    (p.Client as unknown as Record<string, unknown>).Bsnn = '1';
    expect(() => buildMessage('JW301', p)).toThrow(/\/Bericht\/Client\/Bsnn: unknown element/);
    const q = jw301();
    delete (q.Client as Partial<Jw301Bericht['Client']>).Naam;
    expect(() => buildMessage('JW301', q)).toThrow('/Bericht/Client/Naam: required element is missing');
  });

  it('escapes markup and keeps whitespace, control characters are refused', () => {
    const m = jw301();
    m.Client.Commentaar = ' a & b <c> "d"\n\te\r ';
    const xml = buildMessage('JW301', m);
    expect(xml).toContain('<jw301:Commentaar> a &amp; b &lt;c&gt; "d"\n\te&#13; </jw301:Commentaar>');
    expect(parseMessageAs('JW301', xml).Client.Commentaar).toBe(m.Client.Commentaar);
    m.Client.Commentaar = 'bell\u0007';
    expect(() => buildMessage('JW301', m)).toThrow(/character that XML does not allow/);
  });

  it('parses messages with other prefixes, a default namespace and CDATA', () => {
    const xml = example('JW305')
      .replace(/jw305:/g, '')
      .replace('xmlns:jw305=', 'xmlns=')
      .replace(/ijw:/g, 'b:')
      .replace('xmlns:ijw=', 'xmlns:b=')
      .replace('<Begindatum>2026-04-15</Begindatum>', '<Begindatum><![CDATA[2026-04-15]]></Begindatum>');
    expect(parseMessageAs('JW305', xml)).toStrictEqual(parseMessageAs('JW305', example('JW305')));
  });
});

describe('README example', () => {
  it('builds a JW301 that passes the XSD and the rules', async () => {
    const toewijzing: Jw301Bericht = {
      Header: {
        ...headerDefaults('JW301'),
        Afzender: '0394',
        Ontvanger: '98765432',
        BerichtIdentificatie: { Identificatie: 'TW-2026-0001', Dagtekening: '2026-04-01' },
      },
      Client: {
        Bsn: '999990019',
        Geboortedatum: { Datum: '2014-03-02' },
        Geslacht: '1',
        Naam: { Geslachtsnaam: { Achternaam: 'Jansen' }, Voornamen: 'Tom', NaamGebruik: '1' },
        Contactgegevens: [
          { Soort: '01', Adres: { Huis: { Huisnummer: 12 }, Postcode: '2151AB', LandCode: 'NL' } },
        ],
        ToegewezenProducten: [
          {
            ToewijzingNummer: 1001,
            Product: { Categorie: '45', Code: '45A03' },
            Toewijzingsdatum: '2026-04-01',
            Toewijzingstijd: '10:15:00',
            Ingangsdatum: '2026-04-06',
            Einddatum: '2026-10-05',
            Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
          },
        ],
      },
    };
    const { xml, report } = await validateMessage('JW301', toewijzing);
    expect(report.issues).toEqual([]);
    expect(parseMessageAs('JW301', xml)).toStrictEqual(toewijzing);
  });
});
