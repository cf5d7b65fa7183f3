/**
 * The engines this package runs (libxml2-wasm for the XSD, its own XSLT engine for the rules) give the
 * same answers as Debian's `xmllint` and `xsltproc` (the oracle): the same XSD verdict, and the same
 * rules Rapport — rule codes, locations, details and retourcodes, in order — on every official example,
 * on generated valid messages of all 14 types and on generated messages that break rules.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMessage } from '../src/build.ts';
import { IJW_MESSAGE_TYPES, type IjwMessageType, messageDef } from '../src/schema.ts';
import { RULES_XSL, XSD_DIR } from '../src/spec-files.ts';
import { readRapport, rulesRapport } from '../src/validate/rules.ts';
import { validateXsd } from '../src/validate/xsd.ts';
import { ARBITRARIES } from './arbitraries/index.ts';
import { EXAMPLES, example } from './support.ts';

const RUNS = Number(process.env.IJW_ORACLE_RUNS ?? 5);

function xsltproc(xml: string) {
  return readRapport(execFileSync('xsltproc', [RULES_XSL, '-'], { input: xml }).toString());
}

function xmllintValid(xml: string, type: IjwMessageType): boolean {
  try {
    execFileSync('xmllint', ['--noout', '--schema', join(XSD_DIR, messageDef(type).xsd), '-'], {
      input: xml,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    return true;
  } catch {
    return false;
  }
}

function expectSameAsOracle(xml: string, type: IjwMessageType): void {
  expect(readRapport(rulesRapport(xml))).toEqual(xsltproc(xml));
  expect(validateXsd(xml, type).length === 0).toBe(xmllintValid(xml, type));
}

/** Variants that break rules: a BSN failing the 11-proef, a Dagtekening far in the past, swapped dates. */
function broken(xml: string): string[] {
  return [
    xml.replace(/(Bsn>)\d{9}</g, '$1123456789<'),
    xml.replace(/(Dagtekening>)[\d-]{10}</, '$11900-01-01<'),
    xml.replace(/(Einddatum>)(\d{4})/g, (_m, tag: string, year: string) => `${tag}${Number(year) - 30}`),
  ].filter((v) => v !== xml);
}

describe('same verdict and rule codes as xmllint and xsltproc', () => {
  it.each(EXAMPLES)('official example %s', (name) => {
    const xml = example(name);
    expectSameAsOracle(xml, name as IjwMessageType);
  });

  for (const type of IJW_MESSAGE_TYPES) {
    it(`${type}: generated messages, valid and broken`, () => {
      let compared = 0;
      fc.assert(
        fc.property(ARBITRARIES[type] as fc.Arbitrary<never>, (bericht) => {
          const xml = buildMessage(type, bericht);
          for (const variant of [xml, ...broken(xml)]) {
            expectSameAsOracle(variant, type);
            compared++;
          }
        }),
        { numRuns: RUNS },
      );
      expect(compared).toBeGreaterThanOrEqual(RUNS);
    }, 120_000);
  }
});
