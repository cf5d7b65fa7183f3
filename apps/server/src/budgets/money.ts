/**
 * Exact euro-cent arithmetic for budgets: spreading an amount over months by days, and the year-end
 * forecast from the trend. Integers only (BigInt where a product could leave the safe range), so a
 * total always equals the sum of its parts.
 */

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);

/** a / b rounded half up (toward +∞), exactly. */
export function roundDiv(a: number, b: number): number {
  const n = BigInt(a) * 2n + BigInt(b);
  const d = BigInt(b) * 2n;
  const q = n / d;
  // BigInt division truncates toward zero; floor it for negative numerators.
  return Number(n % d !== 0n && n < 0n ? q - 1n : q);
}

/**
 * The part of `cents` that falls in each month of `year`, spreading the amount evenly over the days
 * from `start` to `end` (inclusive). Cumulative flooring: day k holds floor(cents·k/D) −
 * floor(cents·(k−1)/D), so the parts over the whole period add up to `cents` exactly.
 */
export function monthParts(cents: number, start: string, end: string, year: number): number[] {
  const parts = new Array<number>(12).fill(0);
  const s = dayNumber(start);
  const days = dayNumber(end) - s + 1;
  if (days <= 0 || cents === 0) return parts;
  const upTo = (k: number) => Number((BigInt(cents) * BigInt(Math.max(0, Math.min(days, k)))) / BigInt(days));
  for (let m = 0; m < 12; m++) {
    const first = dayNumber(`${year}-${String(m + 1).padStart(2, '0')}-01`);
    const next =
      m === 11 ? dayNumber(`${year + 1}-01-01`) : dayNumber(`${year}-${String(m + 2).padStart(2, '0')}-01`);
    parts[m] = upTo(next - s) - upTo(first - s);
  }
  return parts;
}

/** Whole months of `year` that have passed on `today` (0 in January, 12 once the year is over). */
export function monthsElapsed(year: number, today: string): number {
  const [y, m] = today.split('-').map(Number) as [number, number];
  if (y < year) return 0;
  if (y > year) return 12;
  return m - 1;
}

/**
 * Year-end forecast from the trend: the spending of the passed months, continued at the same
 * monthly average for the rest of the year (spent × 12 / months passed). A closed year's forecast
 * is what was spent; before a month has passed there is no trend and the commitment is the forecast.
 * Never below what was already spent.
 */
export function yearEndForecast(
  spentPerMonth: readonly number[],
  committedCents: number,
  elapsed: number,
): number {
  const spentTotal = spentPerMonth.reduce((a, b) => a + b, 0);
  if (elapsed >= 12) return spentTotal;
  if (elapsed === 0) return Math.max(committedCents, spentTotal);
  const base = spentPerMonth.slice(0, elapsed).reduce((a, b) => a + b, 0);
  return Math.max(roundDiv(base * 12, elapsed), spentTotal);
}
