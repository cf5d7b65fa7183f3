import { describe, expect, it } from 'vitest';
import { consentEn } from './consent.en.ts';
import { consentNl } from './consent.nl.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

/**
 * Plain language (B1) for residents, checked on every text a resident reads: the portal, the
 * family's plan, the preparation of the kitchen-table talk, consent and the access log, the
 * public page, and the resident's variant of the signal form. Professional texts are not checked
 * here: they keep their professional words under their own keys.
 *
 * Limits: a sentence has at most 20 words; no professional jargon outside brackets (a plain phrase
 * may name the official word after it in brackets: "wat u zelf kunt (zelfredzaamheid)"); no file
 * formats such as JSON at all.
 */
const MAX_WORDS = 20;
const JARGON = {
  nl: ['meldcode', 'leefgebied', 'zelfredza', 'triage', 'casus', 'indicatie', 'ketenpartner', 'ijw', 'csv'],
  en: ['meldcode', 'reporting code', 'life domain', 'self-relian', 'self-sufficien', 'triage', 'ijw', 'csv'],
};
const NEVER = ['json', 'xml'];

type Tree = { readonly [key: string]: string | Tree };

/** Keys a resident does not read although they sit in a resident namespace (the coordinator's forms). */
const PROFESSIONAL_ONLY = /^consent\.consent\.record/;

function residentTexts(language: 'nl' | 'en'): Array<[string, string]> {
  const t = (language === 'nl' ? nl : en) as unknown as Tree;
  const c = (language === 'nl' ? consentNl : consentEn) as unknown as Tree;
  const at = (tree: Tree, path: string) => path.split('.').reduce<Tree>((n, k) => n[k] as Tree, tree);
  const roots: Array<[string, Tree]> = [
    ['portal', at(t, 'portal')],
    ['plans.portal', at(t, 'plans.portal')],
    ['preparation', at(t, 'preparation')],
    ['signalForm.resident', at(t, 'signalForm.resident')],
    ['lifeDomainPlain', at(t, 'lifeDomainPlain')],
    ['whereToGo', at(t, 'whereToGo')],
    ['futurePlan.portal', at(t, 'futurePlan.portal')],
    ['futurePlan.status', at(t, 'futurePlan.status')],
    ['consent.consent', at(c, 'consent')],
    ['consent.accessLog', at(c, 'accessLog')],
    ['rights.portal', at(t, 'rights.portal')],
    ['rights.words', at(t, 'rights.words')],
  ];
  const out: Array<[string, string]> = [];
  const walk = (prefix: string, node: string | Tree) => {
    if (typeof node === 'string') {
      if (!PROFESSIONAL_ONLY.test(prefix)) out.push([prefix, node]);
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(`${prefix}.${k}`, v);
  };
  for (const [prefix, node] of roots) walk(prefix, node);
  return out;
}

export function sentences(text: string): string[] {
  return text
    .replace(/\{\{\s*\w+\s*\}\}/g, 'X')
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function jargonIn(text: string, language: 'nl' | 'en'): string[] {
  const outsideBrackets = text.replace(/\([^)]*\)/g, ' ').toLowerCase();
  const lower = text.toLowerCase();
  return [
    ...JARGON[language].filter((word) => new RegExp(`(^|[^a-z])${word}`).test(outsideBrackets)),
    ...NEVER.filter((word) => new RegExp(`(^|[^a-z])${word}([^a-z]|$)`).test(lower)),
  ];
}

describe('resident texts are plain language (B1)', () => {
  it('finds resident texts to check', () => {
    expect(residentTexts('nl').length).toBeGreaterThan(80);
  });

  it('the checks can fail', () => {
    const long =
      'Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken en daarin schrijven wie u bent en waarom u het oneens bent.';
    expect(sentences(long).some((s) => s.split(/\s+/).length > MAX_WORDS)).toBe(true);
    expect(jargonIn('Volg de stappen van uw meldcode.', 'nl')).toEqual(['meldcode']);
    expect(jargonIn('Download al mijn gegevens (JSON)', 'nl')).toEqual(['json']);
    expect(jargonIn('Wat u zelf kunt (zelfredzaamheid)', 'nl')).toEqual([]);
  });

  for (const language of ['nl', 'en'] as const) {
    it(`${language}: every sentence has at most ${MAX_WORDS} words`, () => {
      const tooLong = residentTexts(language).flatMap(([key, text]) =>
        sentences(text)
          .filter((sentence) => sentence.split(/\s+/).length > MAX_WORDS)
          .map((sentence) => `${key}: ${sentence}`),
      );
      expect(tooLong).toEqual([]);
    });

    it(`${language}: no professional jargon`, () => {
      const found = residentTexts(language).flatMap(([key, text]) =>
        jargonIn(text, language).map((word) => `${key}: ${word} in "${text}"`),
      );
      expect(found).toEqual([]);
    });
  }
});
