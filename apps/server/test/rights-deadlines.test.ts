import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../src/referrals/working-days.ts';
import {
  addCalendarDays,
  changeDecisionDue,
  complaintAcknowledgeDue,
  complaintHandlingDue,
  extendToWorkingDay,
  isLateObjection,
  objectionDecisionDue,
  objectionExtendedDue,
  objectionFilingDeadline,
  requestDeadlines,
} from '../src/rights/deadlines.ts';
import { DEFAULT_RIGHTS_SETTINGS } from '../src/rights/settings.ts';

/** Issue 16: the legal clocks, on dates around the Dutch holidays of 2026 (Easter is 5 April). */
const terms = DEFAULT_RIGHTS_SETTINGS;

describe('a request’s decision term (Awb 4:13, Wmo 2015)', () => {
  it('is 8 calendar weeks for youth care', () => {
    expect(requestDeadlines('jeugdwet', '2026-01-05', terms)).toEqual({
      investigationDueOn: null,
      decisionDueOn: '2026-03-02',
    });
  });

  it('runs on to the next working day when it ends on King’s Day, a Saturday or Christmas (Atw art. 1)', () => {
    expect(requestDeadlines('jeugdwet', '2026-03-02', terms).decisionDueOn).toBe('2026-04-28');
    expect(requestDeadlines('jeugdwet', '2026-01-03', terms).decisionDueOn).toBe('2026-03-02');
    expect(requestDeadlines('jeugdwet', '2026-10-30', terms).decisionDueOn).toBe('2026-12-28');
  });

  it('does not treat Good Friday as a holiday', () => {
    expect(requestDeadlines('jeugdwet', '2026-02-06', terms).decisionDueOn).toBe('2026-04-03');
  });

  it('follows the tenant’s term', () => {
    expect(
      requestDeadlines('jeugdwet', '2026-01-05', { ...terms, requestDecisionWeeks: 10 }).decisionDueOn,
    ).toBe('2026-03-16');
  });

  it('Wmo: investigation in 6 weeks; decision 2 weeks after the application, or 8 weeks before one is in', () => {
    expect(requestDeadlines('wmo', '2026-03-02', terms)).toEqual({
      investigationDueOn: '2026-04-13',
      decisionDueOn: '2026-04-28',
    });
    expect(requestDeadlines('wmo', '2026-03-02', terms, '2026-04-10').decisionDueOn).toBe('2026-04-24');
  });
});

describe('an objection (Awb 6:7, 6:8, 7:10)', () => {
  it('may be filed within 6 weeks after the decision; ending on Ascension Day it runs to Friday', () => {
    expect(objectionFilingDeadline('2026-03-30')).toBe('2026-05-11');
    expect(objectionFilingDeadline('2026-04-02')).toBe('2026-05-15');
  });

  it('is late only after the last day', () => {
    expect(isLateObjection('2026-05-11', '2026-05-11')).toBe(false);
    expect(isLateObjection('2026-05-12', '2026-05-11')).toBe(true);
  });

  it('is decided 6 weeks after the filing term ended, 12 with an advisory committee', () => {
    expect(objectionDecisionDue('2026-05-11', '2026-04-20', false)).toBe('2026-06-22');
    expect(objectionDecisionDue('2026-05-11', '2026-04-20', true)).toBe('2026-08-03');
  });

  it('a late objection’s term runs from the day it came in', () => {
    expect(objectionDecisionDue('2026-05-11', '2026-05-20', false)).toBe('2026-07-01');
  });

  it('the one extension adds 6 weeks, and also lands on a working day (Whit Monday)', () => {
    expect(objectionExtendedDue('2026-06-22')).toBe('2026-08-03');
    expect(objectionExtendedDue('2026-04-13')).toBe('2026-05-26');
  });
});

describe('a complaint and a change request', () => {
  it('a complaint is handled in 6 weeks (Awb 9:11) and acknowledged in 5 working days, skipping King’s Day', () => {
    expect(complaintHandlingDue('2026-04-24', 6)).toBe('2026-06-05');
    expect(complaintAcknowledgeDue('2026-04-24')).toBe('2026-05-04');
  });

  it('the team lead answers within 10 working days, skipping Liberation Day and Ascension Day', () => {
    expect(changeDecisionDue('2026-04-30')).toBe('2026-05-18');
  });
});

describe('Algemene termijnenwet, for any date', () => {
  it('ends a term on a working day, never earlier and at most 4 days later', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addCalendarDays('2010-01-01', n));
    fc.assert(
      fc.property(day, (d) => {
        const end = extendToWorkingDay(d);
        expect(isWorkingDay(end)).toBe(true);
        expect(end >= d).toBe(true);
        expect(end <= addCalendarDays(d, 4)).toBe(true);
        if (isWorkingDay(d)) expect(end).toBe(d);
      }),
    );
  });
});
