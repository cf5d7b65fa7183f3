import { passesElevenTest } from '@een-plan/contracts';

/**
 * The n-th synthetic BSN in the 99999xxxx test range that passes the 11-proef. Deterministic, so
 * loading the demo twice produces the same people.
 */
export function testBsn(n: number): string {
  let found = -1;
  for (let candidate = 999_990_000; candidate <= 999_999_999; candidate++) {
    const value = String(candidate);
    if (passesElevenTest(value) && ++found === n) return value;
  }
  throw new Error(`no test BSN number ${n}`);
}
