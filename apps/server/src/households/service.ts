import type { CaseloadItem, PortalHome } from '@een-plan/contracts';
import { and, asc, eq, inArray, isNotNull, isNull, ne, or } from 'drizzle-orm';
import { type AuditEvent, recordAudit, recordAuditMany } from '../audit/record.ts';
import { userNameJoin } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { householdsWithSafetyFlag } from '../intake/safety-flag.ts';
import { countOpenActions, findNextEvaluationDates } from '../plans/service.ts';
import type { Actor } from '../policy/actor.ts';
import { decideHousehold } from '../policy/decide.ts';
import { ageOn } from '../policy/decide-consent.ts';
import { caseloadScope } from '../policy/household-scope.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { area, team } from '../tenancy/schema.ts';
import { currentMembers, getResidentHouseholdId } from './membership.ts';
import { household, householdMember, person } from './schema.ts';
import { householdScopeCondition } from './scope-condition.ts';

const coordinatorUser = userNameJoin(household.tenantId, household.coordinatorId);

export const CASELOAD_PAGE_SIZE = 25;

/**
 * The households a professional works on ("Mijn huishoudens"): a coordinator's own caseload, a
 * team lead's team, one page at a time. Every household shown is personal data, so each one is
 * written to the audit log.
 */
export async function listCaseloadPage(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  opts: { page: number; pageSize: number },
): Promise<{ items: CaseloadItem[]; hasMore: boolean }> {
  const scope = householdScopeCondition(caseloadScope(actor));
  // A closed household handed off (no coordinator) is nobody's work any more: a team's list would
  // otherwise grow with every closure of past years.
  const stillWork = or(ne(household.status, 'closed'), isNotNull(household.coordinatorId));
  // Pick the page of households first and count members only for those: a team can be large.
  const fetched = await db
    .select({
      householdId: household.id,
      name: household.name,
      status: household.status,
      closedOn: household.closedOn,
      coordinatorId: household.coordinatorId,
      teamId: area.teamId,
      areaName: area.name,
    })
    .from(household)
    .leftJoin(area, and(eq(area.tenantId, household.tenantId), eq(area.id, household.areaId)))
    .where(and(eq(household.tenantId, actor.tenantId), scope, stillWork))
    .orderBy(asc(household.name), asc(household.id))
    .limit(opts.pageSize + 1)
    .offset((opts.page - 1) * opts.pageSize);
  const hasMore = fetched.length > opts.pageSize;
  const page = fetched.slice(0, opts.pageSize);
  const ids = page.map((h) => h.householdId);
  const [members, flagged, nextEvaluations, openActions] =
    ids.length === 0
      ? [[], new Set<string>(), new Map<string, string | null>(), new Map<string, number>()]
      : await Promise.all([
          db
            .select({ householdId: householdMember.householdId, birthDate: person.birthDate })
            .from(householdMember)
            .innerJoin(
              person,
              and(eq(person.tenantId, householdMember.tenantId), eq(person.id, householdMember.personId)),
            )
            .where(
              and(
                eq(householdMember.tenantId, actor.tenantId),
                isNull(householdMember.until),
                inArray(householdMember.householdId, ids),
              ),
            ),
          householdsWithSafetyFlag(db, actor.tenantId, ids),
          findNextEvaluationDates(db, actor.tenantId, ids),
          countOpenActions(db, actor.tenantId, ids),
        ]);
  const today = new Date();
  const memberCounts = new Map<string, number>();
  const comingOfAge = new Set<string>();
  for (const m of members) {
    memberCounts.set(m.householdId, (memberCounts.get(m.householdId) ?? 0) + 1);
    if (turns18Soon(m.birthDate, today)) comingOfAge.add(m.householdId);
  }

  const visible = page.filter(
    (r) =>
      decideHousehold(actor, 'household.read', {
        tenantId: actor.tenantId,
        coordinatorId: r.coordinatorId,
        teamId: r.teamId,
        memberPersonIds: [],
      }).allowed,
  );
  await recordAuditMany(
    db,
    visible.map(
      (r): AuditEvent => ({
        tenantId: actor.tenantId,
        actor,
        action: 'household.list',
        outcome: 'success',
        subjectType: 'household',
        subjectId: r.householdId,
        dataCategory: 'household.summary',
        purpose: 'caseload',
        requestId: ctx.requestId,
        clientAddress: ctx.clientAddress,
      }),
    ),
  );
  return {
    hasMore,
    items: visible.map((r) => ({
      householdId: r.householdId,
      name: r.name,
      areaName: r.areaName,
      memberCount: memberCounts.get(r.householdId) ?? 0,
      status: r.status,
      closedOn: r.closedOn,
      // From the family plan; a household without a current plan has neither (unknown, not zero).
      nextEvaluationDate: nextEvaluations.get(r.householdId) ?? null,
      openActionCount: nextEvaluations.has(r.householdId) ? (openActions.get(r.householdId) ?? 0) : null,
      safetyFlag: flagged.has(r.householdId),
      comingOfAge: comingOfAge.has(r.householdId),
    })),
  };
}

/** The day someone turns 18 (ISO date). */
export function eighteenthBirthday(birthDate: string): string {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  return `${Number(y) + 18}-${m}-${d}`;
}

/**
 * 18-/18+: a youth from 16½ (turning 18 within 18 months) needs a toekomstplan, so the
 * coordinator is alerted in time; someone already 18 is no longer flagged.
 */
export function turns18Soon(birthDate: string, today: Date): boolean {
  const turns18 = new Date(`${eighteenthBirthday(birthDate)}T00:00:00Z`);
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const limit = new Date(todayUtc);
  limit.setUTCMonth(limit.getUTCMonth() + 18);
  return turns18.getTime() > todayUtc && turns18.getTime() <= limit.getTime();
}

/** The resident portal's view of their own household, decided and audited like any other read. */
export async function getPortalHome(db: Executor, actor: Actor, ctx: RequestOrigin): Promise<PortalHome> {
  const householdId = await getResidentHouseholdId(db, actor);
  const [h] = await db
    .select({
      name: household.name,
      coordinatorId: household.coordinatorId,
      coordinatorName: coordinatorUser.displayName,
      teamId: area.teamId,
    })
    .from(household)
    .leftJoin(area, and(eq(area.tenantId, household.tenantId), eq(area.id, household.areaId)))
    .leftJoin(coordinatorUser.table, coordinatorUser.on)
    .where(and(eq(household.tenantId, actor.tenantId), eq(household.id, householdId)))
    .limit(1);
  if (!h) throw new ProblemError('not_found');
  const members = (await currentMembers(db, actor.tenantId, householdId)).map(({ personId, ...m }) => ({
    id: personId,
    ...m,
  }));
  const decision = decideHousehold(actor, 'household.read', {
    tenantId: actor.tenantId,
    coordinatorId: h.coordinatorId,
    teamId: h.teamId,
    memberPersonIds: members.map((m) => m.id),
  });
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'household.read',
    outcome: decision.allowed ? 'success' : 'denied',
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: 'household.members',
    purpose: 'portal',
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
  });
  if (!decision.allowed) throw new ProblemError('not_found');
  const today = new Date();
  return {
    kind: 'portal',
    householdName: h.name,
    coordinatorName: h.coordinatorName,
    members: members.map((m) => ({
      id: m.id,
      firstName: m.firstName,
      role: m.role,
      age: ageOn(m.birthDate, today),
    })),
  };
}

export async function teamName(db: Executor, tenantId: string, teamId: string | null) {
  if (!teamId) return null;
  const [t] = await db
    .select({ name: team.name })
    .from(team)
    .where(and(eq(team.tenantId, tenantId), eq(team.id, teamId)))
    .limit(1);
  return t?.name ?? null;
}
