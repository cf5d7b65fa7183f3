import { passesElevenTest } from '../../packages/contracts/src/bsn.ts';

// The demo story takes its BSNs from 999 990 000 upwards (apps/server/src/demo/test-bsn.ts), so
// the synthetic people stay below that and never share a number with a demo person.
const FIRST = 999_000_000;
const END = 999_990_000;

let cache: string[] | undefined;

/**
 * Every number in 999 000 000–999 989 999 that passes the 11-proef (about 90 000). A million
 * households hold more people than that, so BSNs repeat across synthetic people; `person.bsn`
 * has no unique constraint, only the lookup index `person_bsn_idx`.
 */
export function testBsns(): readonly string[] {
  if (!cache) {
    cache = [];
    for (let n = FIRST; n < END; n++) {
      const value = String(n);
      if (passesElevenTest(value)) cache.push(value);
    }
  }
  return cache;
}
