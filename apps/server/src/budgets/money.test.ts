import { describe, expect, it } from 'vitest';
import { monthParts, monthsElapsed, roundDiv, yearEndForecast } from './money.ts';

describe('budget money arithmetic', () => {
  it('rounds half up exactly, also for credits', () => {
    expect(roundDiv(7, 2)).toBe(4);
    expect(roundDiv(-7, 2)).toBe(-3);
    expect(roundDiv(10, 3)).toBe(3);
    expect(roundDiv(9_007_199_254_740_990, 3)).toBe(3_002_399_751_580_330);
  });

  it('spreads an amount over months by days; the parts add up exactly', () => {
    // 184 days from 1 July: by hand, floor(240 000 · cumulative days / 184) differences.
    expect(monthParts(240_000, '2019-07-01', '2019-12-31', 2019).slice(6)).toEqual([
      40_434, 40_435, 39_131, 40_434, 39_131, 40_435,
    ]);
    // Over a year boundary: 31 of 62 days fall in 2019.
    expect(monthParts(73_000, '2018-12-01', '2019-01-31', 2019)[0]).toBe(36_500);
    expect(monthParts(73_000, '2018-12-01', '2019-01-31', 2018)[11]).toBe(36_500);
    const odd = monthParts(1_000_003, '2019-02-17', '2020-03-02', 2019);
    const next = monthParts(1_000_003, '2019-02-17', '2020-03-02', 2020);
    expect([...odd, ...next].reduce((a, b) => a + b, 0)).toBe(1_000_003);
    expect(monthParts(5, '2019-03-01', '2019-02-01', 2019)).toEqual(new Array(12).fill(0));
  });

  it('forecasts the year end from the months that passed', () => {
    expect(monthsElapsed(2019, '2019-04-15')).toBe(3);
    expect(monthsElapsed(2019, '2020-01-01')).toBe(12);
    expect(monthsElapsed(2019, '2018-12-31')).toBe(0);
    const spent = [100, 200, 301, 50, 0, 0, 0, 0, 0, 0, 0, 0];
    // 601 over 3 months × 12 / 3 = 2 404.
    expect(yearEndForecast(spent, 9_999, 3)).toBe(2_404);
    // No month passed: the commitment. Year over: what was spent.
    expect(yearEndForecast(spent, 9_999, 0)).toBe(9_999);
    expect(yearEndForecast(spent, 9_999, 12)).toBe(651);
    // Never below what was already spent.
    expect(yearEndForecast([0, 0, 0, 5_000, 0, 0, 0, 0, 0, 0, 0, 0], 0, 3)).toBe(5_000);
  });
});
