/**
 * The official example messages: every one that is valid parses, re-serialises to the same information
 * content and parses back to the same model; the two invalid ones (JW315 with the date 2027-06-31, JW318
 * with an element out of order) are rejected by the XSD and by the parser with the right errors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMessage } from '../src/build.ts';
import { IjwParseError, parseMessage, parseMessageAs } from '../src/parse.ts';
import { retourForValidation } from '../src/retour.ts';
import { messageDef } from '../src/schema.ts';
import { validateXml } from '../src/validate/index.ts';
import { validationPool } from '../src/validate/pool.ts';
import { canonical, EXAMPLES, example, INVALID_EXAMPLES } from './support.ts';

beforeAll(async () => {
  await validationPool().warmUp();
});

describe('valid official examples', () => {
  const valid = EXAMPLES.filter((e) => !INVALID_EXAMPLES.includes(e));

  it('are all 14 messages but the two invalid ones', () => {
    expect(EXAMPLES).toHaveLength(14);
    expect(valid).toHaveLength(12);
  });

  for (const name of valid) {
    it(`${name} parses and re-serialises equivalently`, async () => {
      const original = example(name);
      const parsed = parseMessage(original);
      expect(parsed.type).toBe(name);
      const rebuilt = buildMessage(parsed.type, parsed.bericht as never);
      expect(canonical(rebuilt)).toEqual(canonical(original));
      expect(parseMessage(rebuilt)).toStrictEqual(parsed);
      expect(rebuilt).toContain(`<${messageDef(parsed.type).prefix}:Bericht xmlns:`);

      // The rebuilt message is judged exactly like the original.
      const [a, b] = await Promise.all([validateXml(original), validateXml(rebuilt)]);
      expect(b.xsd.valid).toBe(true);
      expect(a.xsd.valid).toBe(true);
      expect(b.issues.map((i) => [i.code, i.locations])).toEqual(a.issues.map((i) => [i.code, i.locations]));
    });
  }

  it('pass the XSD; the rules flag only the known defects of the JW317 and JW323 examples', async () => {
    const results: Record<string, string[]> = {};
    for (const name of valid) {
      const r = await validateXml(example(name));
      results[name] = r.issues.map((i) => `${i.code} ${i.locations.join(' ')}`);
    }
    expect(results).toEqual({
      JW301: [],
      JW302: [],
      JW305: [],
      JW306: [],
      JW307: [],
      JW308: [],
      JW316: [],
      // Einddatum 2024-02-28 before GewensteIngangsdatum 2026-11-01.
      JW317: [
        'CS003 /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/GewensteIngangsdatum /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Einddatum',
      ],
      JW319: [],
      JW320: [],
      // ReferentieNummer RN004 appears twice for the second client.
      JW323: [
        'TR101 /Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2] /Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[3]',
      ],
      JW325: [],
    });
  }, 60_000);
});

describe('invalid official examples', () => {
  it('JW315 (ToewijzingEinddatum 2027-06-31) fails the XSD at both products', async () => {
    const report = await validateXml(example('JW315'));
    expect(report.valid).toBe(false);
    expect(report.messageType).toBe('JW315');
    expect(report.xsd.valid).toBe(false);
    const xsd = report.issues.filter((i) => i.source === 'xsd');
    expect(xsd.map((i) => i.locations)).toEqual([
      ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ToewijzingEinddatum'],
      ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ToewijzingEinddatum'],
    ]);
    expect(xsd.map((i) => i.line)).toEqual([44, 66]);
    for (const i of xsd) {
      expect(i.niveau).toBe(1);
      expect(i.code).toBe('XSD');
      expect(i.message).toContain("'2027-06-31' is not a valid value of the atomic type");
      expect(i.message).toContain('LDT_Datum');
    }
  });

  it('JW315 is refused by the parser with the path of the impossible date', () => {
    expect(() => parseMessage(example('JW315'))).toThrow(IjwParseError);
    try {
      parseMessageAs('JW315', example('JW315'));
    } catch (e) {
      expect((e as IjwParseError).path).toBe(
        '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ToewijzingEinddatum',
      );
      expect((e as IjwParseError).problem).toBe("'2027-06-31' is not a valid date (YYYY-MM-DD)");
    }
  });

  it('JW318 (RetourCode before the products) fails the XSD on element order', async () => {
    const report = await validateXml(example('JW318'));
    expect(report.valid).toBe(false);
    expect(report.messageType).toBe('JW318');
    const xsd = report.issues.filter((i) => i.source === 'xsd');
    expect(xsd).toHaveLength(1);
    expect(xsd[0]!.locations).toEqual(['/Bericht/Client/Verzoek/RetourCode']);
    expect(xsd[0]!.line).toBe(33);
    expect(xsd[0]!.message).toMatch(/RetourCode': This element is not expected\. Expected is one of/);
    expect(xsd[0]!.message).toContain('RetourCodes');
  });

  it('JW318 is refused by the parser at the misplaced element', () => {
    let error: IjwParseError | undefined;
    try {
      parseMessage(example('JW318'));
    } catch (e) {
      error = e as IjwParseError;
    }
    expect(error).toBeInstanceOf(IjwParseError);
    expect(error!.path).toBe('/Bericht/Client/Verzoek/RetourCode');
    expect(error!.problem).toBe(
      'unexpected element {http://www.istandaarden.nl/ijw/3_2/jw318/schema}RetourCode; expected one of OngewijzigdeProducten, TeWijzigenProducten, NieuweProducten, RetourCodes',
    );
  });

  it('an XSD failure gets no retour message (IV028, controleniveau 1)', async () => {
    const report = await validateXml(example('JW315'));
    const decision = retourForValidation(undefined, report, {
      identificatie: 'R1',
      dagtekening: '2026-04-02',
    });
    expect(decision.kind).toBe('geen-retour');
    if (decision.kind === 'geen-retour') expect(decision.issues).toHaveLength(2);
  });
});
