/**
 * The committed model in src/generated is what scripts/generate.ts makes of spec/xsd, and spec/ and the
 * example fixtures are unchanged copies of the official files (when the shared specification folder is
 * present next to the repository).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, PACKAGE_DIR } from '../scripts/generate.ts';
import { CODELIJSTEN, JZ588, WJ001, WJ756, WMO757 } from '../src/generated/codelijsten.ts';
import { MESSAGES } from '../src/generated/schema.ts';
import { IJW_MESSAGE_TYPES } from '../src/schema.ts';

/** Biome only changes layout: compare without whitespace and trailing commas. */
const normalise = (s: string) => s.replace(/\s+/g, '').replace(/,([}\])])/g, '$1');

describe('generated model', () => {
  const files = generate();
  for (const [name, text] of Object.entries(files)) {
    it(`src/generated/${name} is up to date (npm run generate -w @een-plan/ijw)`, () => {
      const committed = readFileSync(join(PACKAGE_DIR, 'src', 'generated', name), 'utf8');
      expect(normalise(committed)).toBe(normalise(text));
    });
  }

  it('covers the 14 messages with their BerichtCode', () => {
    expect(Object.keys(MESSAGES)).toEqual([...IJW_MESSAGE_TYPES]);
    expect(Object.fromEntries(IJW_MESSAGE_TYPES.map((t) => [t, MESSAGES[t].berichtCode]))).toEqual({
      JW301: '436',
      JW302: '437',
      JW305: '438',
      JW306: '439',
      JW307: '440',
      JW308: '441',
      JW315: '446',
      JW316: '447',
      JW317: '486',
      JW318: '487',
      JW319: '488',
      JW320: '489',
      JW323: '490',
      JW325: '491',
    });
  });

  it('has the code lists with their official meanings', () => {
    expect(WJ756['83']).toBe("Euro's");
    expect(WMO757['2']).toBe('Per week');
    expect(JZ588['20']).toBe('Levering is tijdelijk beeindigd.');
    expect(WJ001['0001']).toBe('Bericht is afgekeurd om technische redenen.');
    expect(WJ001['0200']).toBe('Geen opmerking over deze berichtklasse.');
    expect(Object.keys(CODELIJSTEN)).toEqual(
      expect.arrayContaining([
        'JZ020',
        'WJ756',
        'WMO757',
        'COD327',
        'JZ588',
        'WJ001',
        'JZ002',
        'WJ759',
        'COD467',
      ]),
    );
  });
});

const SHARED = resolve(PACKAGE_DIR, '..', '..', '..', 'shared', 'istandaarden', 'ijw-3.2');

// Vitest collects a skipped suite's body too, so the listing is guarded, not only the suite.
const specAvailable = existsSync(SHARED);
// A developer without the folder sees the check reported as skipped; CI must have it.
const specRequired = Boolean(process.env.CI);

describe('copies of the official specification', () => {
  it.skipIf(!specAvailable && !specRequired)(`finds the official specification in ${SHARED}`, () => {
    expect(existsSync(SHARED), 'the shared iJw 3.2 specification folder is missing').toBe(true);
  });

  const pairs: [string, string][] = !specAvailable
    ? []
    : [
        ...readdirSync(join(SHARED, 'xsd')).map((f): [string, string] => [
          join('xsd', f),
          join('spec', 'xsd', f),
        ]),
        ['regels/TR-CD-CS-regels-JW-3.2.xsl', 'spec/regels/TR-CD-CS-regels-JW-3.2.xsl'],
        ['codelijsten/CBS_Gemeentecodes.md', 'spec/codelijsten/CBS_Gemeentecodes.md'],
        ...readdirSync(join(SHARED, 'voorbeelden')).map((f): [string, string] => [
          join('voorbeelden', f),
          join('test', 'fixtures', 'voorbeelden', f),
        ]),
      ];
  for (const [source, copy] of pairs) {
    it(`${copy} equals ${source}`, () => {
      expect(readFileSync(join(PACKAGE_DIR, copy), 'utf8')).toBe(readFileSync(join(SHARED, source), 'utf8'));
    });
  }
});
