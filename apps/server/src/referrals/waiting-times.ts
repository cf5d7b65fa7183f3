import type { ReferralWaitingTimes } from '@een-plan/contracts';
import { normDays, type ReferralNorms } from './settings.ts';
import { addWorkingDays, amsterdamDate, workingDaysBetween } from './working-days.ts';

interface WaitingFacts {
  urgency: string;
  receivedAt: Date;
  firstContactAt: Date | null;
  planAgreedAt: Date | null;
}

/** Received → first contact → plan agreed, in working days, against the tenant's norm. */
export function computeWaitingTimes(
  facts: WaitingFacts,
  norms: ReferralNorms,
  now: Date,
): ReferralWaitingTimes {
  const received = amsterdamDate(facts.receivedAt);
  const firstContact = facts.firstContactAt ? amsterdamDate(facts.firstContactAt) : null;
  const planAgreed = facts.planAgreedAt ? amsterdamDate(facts.planAgreedAt) : null;
  const norm = normDays(norms, facts.urgency);
  const due = addWorkingDays(received, norm);
  const today = amsterdamDate(now);
  return {
    receivedAt: facts.receivedAt.toISOString(),
    firstContactAt: facts.firstContactAt?.toISOString() ?? null,
    planAgreedAt: facts.planAgreedAt?.toISOString() ?? null,
    workingDaysToFirstContact: firstContact ? workingDaysBetween(received, firstContact) : null,
    workingDaysWaitingSoFar: workingDaysBetween(received, firstContact ?? today),
    workingDaysToPlanAgreed: planAgreed ? workingDaysBetween(received, planAgreed) : null,
    firstContactNormDays: norm,
    firstContactDueDate: due,
    firstContactOverdue: (firstContact ?? today) > due,
  };
}
