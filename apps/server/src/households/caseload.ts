import type { CaseloadItem } from '@een-plan/contracts';
import { and, asc, eq, isNotNull, ne, or, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { correlated } from '../db/correlated.ts';
import type { Executor } from '../db/database.ts';
import { safetyFlagOf } from '../intake/safety-flag.ts';
import { type CurrentPlanFacts, currentPlanOf } from '../plans/service.ts';
import type { Actor } from '../policy/actor.ts';
import { decideHousehold } from '../policy/decide.ts';
import { caseloadScope } from '../policy/household-scope.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { areaNameOf, teamOfArea } from '../tenancy/fragments.ts';
import { household, householdMember, person } from './schema.ts';
import { householdScopeCondition } from './scope-condition.ts';
import { turns18Soon } from './service.ts';

export const CASELOAD_PAGE_SIZE = 25;

/** The birth dates of the household's current members, as a JSON array for the caseload's one query. */
const memberBirthDates = correlated(sql<string[]>`(select coalesce(json_agg(${person.birthDate}), '[]'::json)
  from ${householdMember} join ${person}
    on ${person.tenantId} = ${householdMember.tenantId} and ${person.id} = ${householdMember.personId}
  where ${householdMember.tenantId} = ${household.tenantId} and ${householdMember.householdId} = ${household.id}
    and ${householdMember.until} is null)`);

export type CaseloadRow = CaseloadItem & { plan: CurrentPlanFacts | null };

/**
 * The households a professional works on ("Mijn huishoudens"): a coordinator's own caseload, a
 * team lead's team, one page at a time, each with its flags and its current plan. One query: the
 * page of households, their members' birth dates, the intake's safety flag and the plan (the
 * intake and plan modules hand their parts over as correlated subqueries, their tables stay
 * theirs). Every household shown is personal data, so each one is written to the audit log.
 */
export async function listCaseloadRows(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  opts: { page: number; pageSize: number },
): Promise<{ items: CaseloadRow[]; hasMore: boolean }> {
  const scope = householdScopeCondition(caseloadScope(actor));
  // A closed household handed off (no coordinator) is nobody's work any more: a team's list would
  // otherwise grow with every closure of past years.
  const stillWork = or(ne(household.status, 'closed'), isNotNull(household.coordinatorId));
  const fetched = await db
    .select({
      householdId: household.id,
      name: household.name,
      status: household.status,
      closedOn: household.closedOn,
      coordinatorId: household.coordinatorId,
      teamId: teamOfArea(household.tenantId, household.areaId),
      areaName: areaNameOf(household.tenantId, household.areaId),
      birthDates: memberBirthDates,
      safetyFlag: safetyFlagOf(household.tenantId, household.id),
      plan: currentPlanOf(household.tenantId, household.id),
    })
    .from(household)
    .where(and(eq(household.tenantId, actor.tenantId), scope, stillWork))
    .orderBy(asc(household.name), asc(household.id))
    .limit(opts.pageSize + 1)
    .offset((opts.page - 1) * opts.pageSize);
  const hasMore = fetched.length > opts.pageSize;
  const visible = fetched.slice(0, opts.pageSize).filter(
    (r) =>
      decideHousehold(actor, 'household.read', {
        tenantId: actor.tenantId,
        coordinatorId: r.coordinatorId,
        teamId: r.teamId,
        memberPersonIds: [],
      }).allowed,
  );
  // One event names every household the page showed (the family's access log finds it per household).
  if (visible.length > 0) {
    await recordAudit(db, {
      tenantId: actor.tenantId,
      actor,
      action: 'household.list',
      outcome: 'success',
      subjectType: 'household',
      subjectIds: visible.map((r) => r.householdId),
      dataCategory: 'household.summary',
      purpose: 'caseload',
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
    });
  }
  const today = new Date();
  return {
    hasMore,
    items: visible.map((r) => ({
      householdId: r.householdId,
      name: r.name,
      areaName: r.areaName,
      memberCount: r.birthDates.length,
      status: r.status,
      closedOn: r.closedOn,
      // From the family plan; a household without a current plan has neither (unknown, not zero).
      nextEvaluationDate: r.plan?.nextEvaluationDate ?? null,
      openActionCount: r.plan ? r.plan.openActions : null,
      safetyFlag: r.safetyFlag,
      comingOfAge: r.birthDates.some((b) => turns18Soon(b, today)),
      plan: r.plan,
    })),
  };
}

/** The caseload page as the API shows it: without the plan facts the home uses. */
export async function listCaseloadPage(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  opts: { page: number; pageSize: number },
): Promise<{ items: CaseloadItem[]; hasMore: boolean }> {
  const { items, hasMore } = await listCaseloadRows(db, actor, ctx, opts);
  return { hasMore, items: items.map(({ plan: _plan, ...item }) => item) };
}
