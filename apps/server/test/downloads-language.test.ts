import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DecisionLetterData, decisionLetterBlocks } from '../src/assignments/pdf.ts';
import { ACCESS_ACTIVITIES } from '../src/consent/access-log-words.ts';
import { toCsv } from '../src/http/csv.ts';
import { appOfFile } from './helpers/file-app.ts';
import { pdfText } from './helpers/pdf-text.ts';

const { app, as } = appOfFile();

const BOM = [0xef, 0xbb, 0xbf];

describe('CSV downloads open in Excel', () => {
  it('writes a UTF-8 BOM, semicolons and quoted cells; é stays é', () => {
    const csv = toCsv(
      ['naam', 'plaats'],
      [
        ['Renée', 'Haarlem'],
        ['=1+1', null],
      ],
    );
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      '"naam";"plaats"\r\n"Renée";"Haarlem"\r\n"\'=1+1";""\r\n',
    );
  });

  it('sends the family’s access log with a BOM and charset, a name with é intact', async () => {
    await app().database.ownerQuery(
      `UPDATE app_user SET display_name = 'Renée de Vries' WHERE id = 'u-sanne'`,
    );
    expect((await (await as('u-sanne')).request({ url: '/api/households/hh-jansen' })).statusCode).toBe(200);
    const res = await (await as('u-anouk')).request({ url: '/api/my/access-log?format=csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual(BOM);
    const text = res.rawPayload.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^"wanneer";"wie";/);
    expect(text).toContain('"Renée de Vries"');
  });

  it('has one CSV writer: no route sets text/csv itself', () => {
    const src = join(import.meta.dirname, '../src');
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
      });
    })(src);
    const offenders = files.filter((f) => {
      const code = readFileSync(f, 'utf8');
      // The admin import *accepts* text/csv uploads (a content-type parser); only http/csv.ts sends it.
      return (
        /\.type\(\s*['"`]text\/csv/.test(code) || (/['"`]text\/csv;/.test(code) && !f.endsWith('http/csv.ts'))
      );
    });
    expect(offenders).toEqual([]);
  });
});

describe('family PDFs in the family’s language', () => {
  it('writes the plan in English with lang=en or Accept-Language: en, Dutch otherwise', async () => {
    const sanne = await as('u-sanne');
    const dutch = pdfText((await sanne.request({ url: '/api/households/hh-jansen/plan/pdf' })).rawPayload);
    expect(dutch).toContain('Ons plan');
    expect(dutch).toContain('Onze doelen');
    const res = await sanne.request({ url: '/api/households/hh-jansen/plan/pdf?lang=en' });
    expect(res.statusCode).toBe(200);
    const english = pdfText(res.rawPayload);
    expect(english).toContain('Our plan');
    expect(english).toContain('Our goals');
    expect(english).toContain('Who agrees with this plan');
    expect(english).not.toContain('Onze doelen');
    const header = await sanne.request({
      url: '/api/households/hh-jansen/plan/pdf',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(pdfText(header.rawPayload)).toContain('Our goals');
    // The resident's own download in English too.
    const anouk = await (await as('u-anouk')).request({ url: '/api/households/hh-jansen/plan/pdf?lang=en' });
    expect(anouk.statusCode).toBe(200);
    expect(pdfText(anouk.rawPayload)).toContain('Our plan');
    expect((await sanne.request({ url: '/api/households/hh-jansen/plan/pdf?lang=de' })).statusCode).toBe(400);
  });

  it('writes the decision letter in English with lang=en', async () => {
    const sanne = await as('u-sanne');
    const res = await sanne.request({ url: '/api/assignments/asg-jansen-tom-2/decision-letter.pdf?lang=en' });
    expect(res.statusCode).toBe(200);
    const english = pdfText(res.rawPayload);
    expect(english).toContain('Decision on youth help for Tom');
    expect(english).toContain('Do you disagree with this decision?');
    expect(english).not.toContain('Besluit over jeugdhulp');
    const dutch = pdfText(
      (await sanne.request({ url: '/api/assignments/asg-jansen-tom-2/decision-letter.pdf' })).rawPayload,
    );
    expect(dutch).toContain('Besluit over jeugdhulp voor Tom');
  });

  it('keeps every sentence of the decision letter at B1 length (at most 20 words), in both languages', () => {
    const data: DecisionLetterData = {
      municipalityName: 'Gemeente Haarlemmermeer',
      householdName: 'Gezin Jansen',
      youthFirstName: 'Tom',
      assignmentNumber: 1004,
      decidedOn: '2026-11-03',
      productName: 'Ambulante jeugdhulp',
      providerName: 'Jeugdhulp Kennemerland',
      volume: 2,
      unit: '04',
      frequency: '2',
      startDate: '2026-12-01',
      endDate: '2027-05-31',
      coordinatorName: 'Sanne de Vries',
    };
    for (const locale of ['nl', 'en'] as const) {
      const texts = decisionLetterBlocks(data, locale).flatMap((b) =>
        b.kind === 'text' || b.kind === 'title' || b.kind === 'heading' ? [b.text] : [],
      );
      const sentences = texts.flatMap((text) => text.split(/(?<=[.?!:])\s+/));
      for (const sentence of sentences) {
        expect(sentence.split(/\s+/).length, `${locale}: ${sentence}`).toBeLessThanOrEqual(20);
      }
    }
  });
});

/** Audit codes and basis codes that must never reach a family document. */
const RAW_CODES = [
  ...Object.keys(ACCESS_ACTIVITIES),
  'relationship',
  'own_household',
  'own_work',
  'break_glass',
  'gezagsdrager',
];
function rawCodesIn(text: string): string[] {
  return RAW_CODES.filter((code) =>
    new RegExp(`(^|[^\\w.])${code.replace('.', '\\.')}($|[^\\w.])`).test(text),
  );
}

describe('the family’s access log and data export in words, in the reader’s language', () => {
  it('writes the access-log CSV with words, not audit codes', async () => {
    expect((await (await as('u-sanne')).request({ url: '/api/households/hh-jansen' })).statusCode).toBe(200);
    const anouk = await as('u-anouk');
    const dutch = (await anouk.request({ url: '/api/my/access-log?format=csv' })).rawPayload.toString('utf8');
    expect(dutch).toContain('bekeek de gegevens van uw gezin');
    expect(dutch).toContain('"betrokken bij uw gezin"');
    expect(rawCodesIn(dutch)).toEqual([]);
    const english = (
      await anouk.request({ url: '/api/my/access-log?format=csv&lang=en' })
    ).rawPayload.toString('utf8');
    expect(english.split('\r\n')[0]).toMatch(/^\uFEFF?"when";"who";/);
    expect(english).toContain("looked at your family's details");
    expect(english).toContain('"coordinator"');
    expect(rawCodesIn(english)).toEqual([]);
  });

  it('writes the access-log PDF in English with lang=en, in words', async () => {
    expect((await (await as('u-sanne')).request({ url: '/api/households/hh-jansen' })).statusCode).toBe(200);
    const anouk = await as('u-anouk');
    const res = await anouk.request({ url: '/api/my/access-log.pdf?lang=en' });
    expect(res.statusCode).toBe(200);
    const english = pdfText(res.rawPayload);
    expect(english).toContain('Who has looked at my data');
    expect(english).toContain('de Vries (coordinator)');
    expect(english).toContain("looked at your family's details");
    expect(english).toContain('involved with your family');
    expect(english).not.toContain('Wie heeft mijn gegevens bekeken');
    expect(rawCodesIn(english)).toEqual([]);
    const dutch = pdfText((await anouk.request({ url: '/api/my/access-log.pdf' })).rawPayload);
    expect(dutch).toContain('Wie heeft mijn gegevens bekeken');
    expect(dutch).toContain('bekeek de gegevens van uw gezin');
    expect(rawCodesIn(dutch)).toEqual([]);
  });

  it('writes the data-export PDF in English with lang=en, in words', async () => {
    const anouk = await as('u-anouk');
    const res = await anouk.request({ url: '/api/my/data-export.pdf?lang=en' });
    expect(res.statusCode).toBe(200);
    const english = pdfText(res.rawPayload);
    expect(english).toContain('My data');
    expect(english).toContain('Name: Anouk Jansen');
    expect(english).toContain('Date of birth: 2 September 1984');
    expect(english).toContain('parent with parental authority');
    expect(english).toContain('Who has looked at your data');
    expect(english).not.toContain('Geboortedatum');
    expect(rawCodesIn(english)).toEqual([]);
    const header = await anouk.request({
      url: '/api/my/data-export.pdf',
      headers: { 'accept-language': 'en' },
    });
    expect(pdfText(header.rawPayload)).toContain('About you');
    expect(rawCodesIn(pdfText((await anouk.request({ url: '/api/my/data-export.pdf' })).rawPayload))).toEqual(
      [],
    );
  });
});
