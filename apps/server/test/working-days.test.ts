import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  dutchPublicHolidays,
  easterSunday,
  isWorkingDay,
  kingsDay,
  workingDaysBetween,
} from '../src/referrals/working-days.ts';

describe('Dutch working days', () => {
  it('computes Easter Sunday', () => {
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it("moves King's Day to Saturday when 27 April is a Sunday", () => {
    expect(kingsDay(2025)).toBe('2025-04-26');
    expect(kingsDay(2026)).toBe('2026-04-27');
    expect(kingsDay(2014)).toBe('2014-04-26');
  });

  it('lists the public holidays of 2026', () => {
    expect([...dutchPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('skips weekends and holidays, not Good Friday', () => {
    expect(isWorkingDay('2026-11-20')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-04-03')).toBe(true); // Good Friday
    expect(isWorkingDay('2026-05-14')).toBe(false); // Ascension Day
  });

  it('counts working days after the start date up to the end date', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-20')).toBe(0);
    expect(workingDaysBetween('2026-11-20', '2026-11-23')).toBe(1); // Friday → Monday
    expect(workingDaysBetween('2026-11-13', '2026-11-20')).toBe(5);
    expect(workingDaysBetween('2026-12-24', '2026-12-28')).toBe(1); // Christmas in between
    expect(workingDaysBetween('2026-04-02', '2026-04-08')).toBe(3); // Fri, (Easter Monday), Tue, Wed
    expect(workingDaysBetween('2026-11-23', '2026-11-20')).toBe(0);
  });

  it('adds working days', () => {
    expect(addWorkingDays('2026-11-22', 5)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
    expect(addWorkingDays('2026-12-23', 2)).toBe('2026-12-28');
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28'); // King's Day Monday 27 April
    expect(addWorkingDays('2026-11-20', 0)).toBe('2026-11-20');
  });
});
