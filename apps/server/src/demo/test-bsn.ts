import { passesElevenTest } from '@een-plan/contracts';

/** The valid test numbers found so far, in order: the story asks for some 600, each from the start. */
const found: string[] = [];
let next = 999_990_000;

/**
 * The n-th synthetic BSN in the 99999xxxx test range that passes the 11-proef. Deterministic, so
 * loading the demo twice produces the same people.
 */
export function testBsn(n: number): string {
  for (; found.length <= n && next <= 999_999_999; next++) {
    const value = String(next);
    if (passesElevenTest(value)) found.push(value);
  }
  const bsn = found[n];
  if (bsn === undefined) throw new Error(`no test BSN number ${n}`);
  return bsn;
}
