import type { Executor } from '../db/database.ts';
import { findBirthDate } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decidePreparer } from '../policy/decide-preparer.ts';
import type { RequestOrigin } from '../policy/request-context.ts';

/**
 * Refuses (audited, 403) a resident who may not write the family's preparation or suggest network
 * members: the intake and the network module both ask here.
 */
export async function requirePreparer(
  db: Executor,
  actor: Actor,
  origin: RequestOrigin,
  householdId: string,
  audit: { action: string; dataCategory: string; purpose: string },
): Promise<void> {
  await authorize(db, actor, origin, {
    load: async () => ({
      birthDate: actor.personId ? await findBirthDate(db, actor.tenantId, actor.personId) : null,
    }),
    decide: ({ birthDate }) => decidePreparer(birthDate, new Date()),
    attempt: { ...audit, subjectType: 'household', subjectId: householdId },
  });
}
