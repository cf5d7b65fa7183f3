import { amsterdamDate } from '../../src/referrals/working-days.ts';

const DAY_MS = 86_400_000;

/**
 * The Dutch calendar date `offset` days from now, as the product counts it: between 23:00 and
 * 24:00 UTC the Netherlands is already on the next day, and a test that took the UTC date failed.
 */
export function dutchDay(offset = 0): string {
  return amsterdamDate(new Date(Date.now() + offset * DAY_MS));
}
