/** Reading rights cases: one household's, the resident's own "Mijn rechten", and the team's work list. */
import type { MyRights, RightsCaseList, RightsWorklist } from '@een-plan/contracts';
import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import { recordListed } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { householdIdsInScope, householdsInScope } from '../households/coordinator.ts';
import type { HouseholdRow } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { searchScope } from '../policy/household-scope.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisationsOfKind } from '../tenancy/organisations.ts';
import { auditRights, CLOSED_STATUSES, householdCaseRows, toRightsCases } from './cases.ts';
import { rightsCase } from './schema.ts';
import { rightsSettings } from './settings.ts';

export async function listHouseholdCases(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  household: HouseholdRow,
): Promise<RightsCaseList> {
  const rows = await householdCaseRows(db, actor.tenantId, household.id);
  await auditRights(
    db,
    actor,
    ctx,
    household.id,
    { action: 'rights.list', purpose: 'client_rights' },
    {
      count: rows.length,
    },
  );
  return { items: await toRightsCases(db, actor.tenantId, rows) };
}

export async function myRights(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  household: HouseholdRow,
): Promise<MyRights> {
  const [rows, settings, providers] = await Promise.all([
    householdCaseRows(db, actor.tenantId, household.id),
    rightsSettings(db, actor.tenantId),
    organisationsOfKind(db, actor.tenantId, 'youth_care_provider'),
  ]);
  await auditRights(
    db,
    actor,
    ctx,
    household.id,
    { action: 'rights.list', purpose: 'portal' },
    {
      count: rows.length,
    },
  );
  return {
    cases: await toRightsCases(db, actor.tenantId, rows),
    vertrouwenspersoon: settings.vertrouwenspersoon,
    clientSupport: settings.clientSupport,
    providers,
  };
}

/**
 * The open cases of the households the professional works for (a team lead: the team's), the
 * soonest deadline first. Each household shown is audited, as a list of households is.
 */
export async function rightsWorklist(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
): Promise<RightsWorklist> {
  const scope = searchScope(actor);
  // One bounded query: the open cases of the households in scope, filtered by a subquery.
  const mine = await db
    .select()
    .from(rightsCase)
    .where(
      and(
        eq(rightsCase.tenantId, actor.tenantId),
        inArray(rightsCase.householdId, householdIdsInScope(db, actor.tenantId, scope)),
        notInArray(rightsCase.status, [...CLOSED_STATUSES]),
      ),
    )
    .orderBy(asc(rightsCase.dueOn), asc(rightsCase.id))
    .limit(200);
  const shown = [...new Set(mine.map((r) => r.householdId))];
  const households = await householdsInScope(db, actor.tenantId, scope, shown);
  const names = new Map(households.map((h) => [h.id, h.name]));
  // One event naming every household the work list showed (decision 0028).
  await recordListed(
    db,
    actor,
    ctx,
    { action: 'rights.worklist', subjectType: 'household', dataCategory: 'rights', purpose: 'work_list' },
    shown,
  );
  const cases = await toRightsCases(db, actor.tenantId, mine);
  return { items: cases.map((c) => ({ ...c, householdName: names.get(c.householdId) ?? '' })) };
}
