/**
 * Property: any valid model → XML → passes the official XSD and rules with zero errors → parses back
 * to the same model (and re-serialises to the same XML).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMessage } from '../src/build.ts';
import { parseMessageAs } from '../src/parse.ts';
import { IJW_MESSAGE_TYPES } from '../src/schema.ts';
import { validateXml } from '../src/validate/index.ts';
import { validationPool } from '../src/validate/pool.ts';
import { ARBITRARIES } from './arbitraries/index.ts';

const RUNS = Number(process.env.IJW_PROPERTY_RUNS ?? 10);

beforeAll(async () => {
  await validationPool().warmUp(); // the workers compile the XSDs and the rules once
});

describe('round trip of generated valid messages', () => {
  for (const type of IJW_MESSAGE_TYPES) {
    it(`${type}: model → XML → XSD + rules → model`, async () => {
      await fc.assert(
        fc.asyncProperty(ARBITRARIES[type] as fc.Arbitrary<never>, async (bericht) => {
          const xml = buildMessage(type, bericht);
          const report = await validateXml(xml, { expectedType: type });
          expect(report.issues, xml).toEqual([]);
          expect(report.valid).toBe(true);
          const parsed = parseMessageAs(type, xml);
          expect(parsed).toStrictEqual(bericht);
          expect(buildMessage(type, parsed)).toBe(xml);
        }),
        { numRuns: RUNS },
      );
    }, 120_000);
  }
});
