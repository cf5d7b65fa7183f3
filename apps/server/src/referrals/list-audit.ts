import { type ListedAccess, recordListed } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';

/** One audit event naming every signal a list showed (decision 0028), with what the list showed them for. */
export function recordReferralsListed(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  access: Pick<ListedAccess, 'dataCategory' | 'purpose'>,
  referralIds: readonly string[],
): Promise<void> {
  return recordListed(
    db,
    actor,
    ctx,
    { action: 'referral.list', subjectType: 'referral', ...access },
    referralIds,
  );
}
