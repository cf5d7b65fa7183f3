/**
 * The legal clocks of client rights, as pure functions on calendar dates ("YYYY-MM-DD").
 *
 * Terms set by law run in calendar weeks; when one ends on a Saturday, Sunday or public holiday it
 * runs on to the next day that is none of those (Algemene termijnenwet art. 1 — the same holidays
 * as the project's working-day calendar). Terms the municipality sets for itself (acknowledging a
 * complaint, deciding on a change of coordinator) run in working days.
 */
import type { RightsLaw } from '@een-plan/contracts';
import { addWorkingDays, isWorkingDay } from '../referrals/working-days.ts';

export function addCalendarDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Algemene termijnenwet art. 1: a term ending on a weekend day or holiday ends on the next working day. */
export function extendToWorkingDay(day: string): string {
  let d = day;
  while (!isWorkingDay(d)) d = addCalendarDays(d, 1);
  return d;
}

/** A statutory term of `weeks` weeks from `from` (the day it starts counting after), Atw applied. */
export function weeksAfter(from: string, weeks: number): string {
  return extendToWorkingDay(addCalendarDays(from, weeks * 7));
}

interface DecisionTerms {
  requestDecisionWeeks: number;
  wmoInvestigationWeeks: number;
  wmoDecisionWeeks: number;
}

interface RequestDeadlines {
  /** Wmo only: the investigation (onderzoek) must be done by then (Wmo 2015 art. 2.3.2). */
  investigationDueOn: string | null;
  decisionDueOn: string;
}

/**
 * When a request must be decided. Jeugdwet: within the tenant's term, 8 weeks by default
 * (Awb 4:13). Wmo: the investigation within 6 weeks of the report, the decision within 2 weeks of
 * the application (art. 2.3.5); before the application is in, the two terms add up.
 */
export function requestDeadlines(
  law: RightsLaw,
  receivedOn: string,
  terms: DecisionTerms,
  applicationOn?: string | null,
): RequestDeadlines {
  if (law === 'jeugdwet') {
    return { investigationDueOn: null, decisionDueOn: weeksAfter(receivedOn, terms.requestDecisionWeeks) };
  }
  const investigationDueOn = weeksAfter(receivedOn, terms.wmoInvestigationWeeks);
  const decisionDueOn = applicationOn
    ? weeksAfter(applicationOn, terms.wmoDecisionWeeks)
    : weeksAfter(receivedOn, terms.wmoInvestigationWeeks + terms.wmoDecisionWeeks);
  return { investigationDueOn, decisionDueOn };
}

/** Awb 6:7 / 6:8: an objection may be filed within 6 weeks, counted from the day after the decision was sent. */
const OBJECTION_FILING_WEEKS = 6;
/** Awb 7:10: decided within 6 weeks, 12 with an advisory committee, once extendable by 6 weeks. */
const OBJECTION_DECISION_WEEKS = 6;
const OBJECTION_COMMITTEE_WEEKS = 12;
const OBJECTION_EXTENSION_WEEKS = 6;

export function objectionFilingDeadline(decidedOn: string): string {
  return weeksAfter(decidedOn, OBJECTION_FILING_WEEKS);
}

/** Filed after the last day (Awb 6:9: received in time means on or before it). */
export function isLateObjection(filedOn: string, filingDeadline: string): boolean {
  return filedOn > filingDeadline;
}

/**
 * Awb 7:10 lid 1: the term runs from the day after the filing term ended. A late objection has no
 * running filing term left, so its clock starts the day it came in.
 */
export function objectionDecisionDue(
  filingDeadline: string,
  filedOn: string,
  advisoryCommittee: boolean,
): string {
  const start = filedOn > filingDeadline ? filedOn : filingDeadline;
  return weeksAfter(start, advisoryCommittee ? OBJECTION_COMMITTEE_WEEKS : OBJECTION_DECISION_WEEKS);
}

/** Awb 7:10 lid 3: the one extension adds 6 weeks to the term that runs. */
export function objectionExtendedDue(currentDueOn: string): string {
  return weeksAfter(currentDueOn, OBJECTION_EXTENSION_WEEKS);
}

/** Awb 9:11: a complaint is handled within 6 weeks of receipt (tenant-configurable). */
export function complaintHandlingDue(receivedOn: string, weeks: number): string {
  return weeksAfter(receivedOn, weeks);
}

/** Our own promise, not the law's: a complaint is acknowledged in writing within 5 working days (Awb 9:6). */
const COMPLAINT_ACKNOWLEDGE_WORKING_DAYS = 5;
export function complaintAcknowledgeDue(receivedOn: string): string {
  return addWorkingDays(receivedOn, COMPLAINT_ACKNOWLEDGE_WORKING_DAYS);
}

/** Our own promise: the team lead answers a second-opinion or coordinator-change request within 10 working days. */
const CHANGE_DECISION_WORKING_DAYS = 10;
export function changeDecisionDue(requestedOn: string): string {
  return addWorkingDays(requestedOn, CHANGE_DECISION_WORKING_DAYS);
}

/** Days before a deadline that the responsible person gets the task. */
export const RIGHTS_TASK_LEAD_DAYS = 14;
