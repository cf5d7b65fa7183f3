/**
 * Each role's home: what this person must do now. This module owns no tables; it composes the
 * owning modules' bounded, audited service functions, and links to their full pages.
 */
import {
  type AdminHome,
  type CertifiedInstitutionHome,
  type CoordinatorHome,
  type CrisisServiceHome,
  EVALUATION_DUE_DAYS,
  type HomeResponse,
  MEASURE_REMINDER_DAYS,
  type PolicyAnalystHome,
  type ProviderHome,
  type SafetyHome,
  type SourceHome,
  type TeamLeadHome,
} from '@een-plan/contracts';
import { sql } from 'drizzle-orm';
import {
  countOutboxProblems,
  countRunningAssignmentsByArea,
  listApprovalsWaiting,
  listDeclarationsNeedingAttention,
  listOpenProviderRequests,
  listProviderStartsToReport,
} from '../assignments/home-queries.ts';
import {
  type OpenRequestCountShape,
  openTeamRequestCount,
  openTeamRequestShape,
} from '../assignments/requests.ts';
import { lastCheckpointAt } from '../audit/checkpoint-status.ts';
import { apiClientHealth } from '../auth/api-client-health.ts';
import { myBreakGlass } from '../consent/break-glass-lookup.ts';
import { countBreakGlassToReview } from '../consent/home-queries.ts';
import { listOwnEpisodes } from '../crisis/episodes.ts';
import type { Db, Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import { type CaseloadAlongside, listCaseloadPage, listCaseloadRows } from '../households/caseload.ts';
import {
  countHouseholdsByArea,
  countTeamHouseholdsPerCoordinator,
  householdAreaSubquery,
} from '../households/home-queries.ts';
import { getPortalHome } from '../households/service.ts';
import { countOpenPlansByArea } from '../plans/home-queries.ts';
import type { Actor } from '../policy/actor.ts';
import { homeKindOf, MINIMUM_CELL, suppressSmallCell } from '../policy/home.ts';
import type { RequestContext, RequestOrigin } from '../policy/request-context.ts';
import { listOwnMeasures } from '../protection/measures.ts';
import { nextMeasureDeadline } from '../protection/rules.ts';
import {
  countReferralsByArea,
  listRecentOwnReferrals,
  listTeamWaitingList,
} from '../referrals/home-queries.ts';
import { listTeamCoordinators } from '../referrals/service.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { listAreaNames } from '../tenancy/areas.ts';
import { teamNameOf } from '../tenancy/fragments.ts';
import { routingGaps, teamName } from '../tenancy/teams.ts';

/** Each short list on a home shows at most this many; its "show all" link opens the full page. */
const HOME_LIST_LIMIT = 8;
/** The home looks at this many of the actor's households (the caseload page is the full list). */
const HOUSEHOLD_SCOPE = 200;

export async function getHome(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<HomeResponse> {
  switch (homeKindOf(actor.role)) {
    case 'portal':
      return getPortalHome(db, actor, ctx);
    case 'coordinator':
      return coordinatorHome(db, actor, ctx, now);
    case 'team_lead':
      return teamLeadHome(db, actor, ctx, now);
    case 'source':
      return sourceHome(db, actor, ctx);
    case 'provider':
      return providerHome(db, actor, ctx, now);
    case 'safety':
      return safetyHome(db, actor, ctx, now);
    case 'policy_analyst':
      return policyAnalystHome(db, actor, now);
    case 'admin':
      return adminHome(db, actor);
    case 'crisis_service':
      return crisisServiceHome(db, { actor, tenantId: actor.tenantId, ...ctx }, now);
    case 'certified_institution':
      return certifiedInstitutionHome(db, { actor, tenantId: actor.tenantId, ...ctx }, now);
  }
}

function short<T>(items: T[]) {
  return { items: items.slice(0, HOME_LIST_LIMIT), total: items.length };
}

/** The figures of a coordinator's home that name nobody. */
type CoordinatorFigures = {
  teamName: string | null;
  openRequests: number;
};

/**
 * The figures' columns, from the owning modules' fragments over placeholders (tenantId, homeTeamId
 * and the request count's own), built once per shape of the request count.
 */
const figureColumns = (db: Executor, requests: OpenRequestCountShape) => ({
  teamName: teamNameOf(sql`${sql.placeholder('tenantId')}`, sql`${sql.placeholder('homeTeamId')}`),
  openRequests: openTeamRequestCount(db, requests),
});

/** The figures read along with the caseload, in its statement. */
function figuresAlongside(actor: Actor): CaseloadAlongside<CoordinatorFigures> {
  const requests = openTeamRequestShape(actor);
  return {
    key: `home_${requests.key}`,
    fields: ['teamName', 'openRequests'],
    columns: (db) => figureColumns(db, requests),
    values: { homeTeamId: actor.teamId, ...requests.values },
  };
}

/** The figures on their own, for a caseload without households (no row carries them). */
async function coordinatorFigures(db: Db, actor: Actor): Promise<CoordinatorFigures | undefined> {
  const requests = openTeamRequestShape(actor);
  const name = `home_figures_${requests.key}`;
  const [row] = await preparedOnce(db, name, (d) =>
    d.select(figureColumns(d, requests)).from(sql`(values (1)) as one`).prepare(name),
  ).execute({ tenantId: actor.tenantId, homeTeamId: actor.teamId, ...requests.values });
  return row;
}

/**
 * The coordinator's home in one query, then the audit rows: the caseload with each household's
 * flags and current plan (households composes the plan and intake modules' parts) and, in the same
 * statement, the figures that name nobody (team name, open requests); a second query for those
 * only when the caseload is empty.
 */
async function coordinatorHome(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  now: Date,
): Promise<CoordinatorHome> {
  // Every household's plan facts, but members, flags and area only of those the short list shows.
  const { items, alongside } = await listCaseloadRows(db, actor, ctx, {
    pageSize: HOUSEHOLD_SCOPE,
    detail: HOME_LIST_LIMIT,
    alongside: figuresAlongside(actor),
  });
  const figures = alongside ?? (await coordinatorFigures(db, actor));
  const today = amsterdamDate(now);
  const horizon = amsterdamDate(new Date(now.getTime() + EVALUATION_DUE_DAYS * 86_400_000));
  const evaluations = items
    .filter((h): h is typeof h & { nextEvaluationDate: string } => !!h.nextEvaluationDate)
    .filter((h) => h.nextEvaluationDate <= horizon)
    .sort((a, b) => a.nextEvaluationDate.localeCompare(b.nextEvaluationDate))
    .map((h) => ({
      householdId: h.householdId,
      householdName: h.name,
      date: h.nextEvaluationDate,
      overdue: h.nextEvaluationDate < today,
    }));
  return {
    kind: 'coordinator',
    teamName: figures?.teamName ?? null,
    // The list's first rows are the detailed ones (the same order); a household the policy hid
    // from the caseload's scope cannot pull an undetailed one into view.
    caseload: {
      items: items
        .flatMap(({ plan: _plan, detailed, ...item }) => (detailed ? [item] : []))
        .slice(0, HOME_LIST_LIMIT),
      total: items.length,
    },
    plansAwaitingAgreement: short(
      items
        .flatMap((h) =>
          h.plan?.awaitingAgreement
            ? [
                {
                  householdId: h.householdId,
                  householdName: h.name,
                  state: h.plan.state,
                  version: h.plan.version,
                },
              ]
            : [],
        )
        .sort((a, b) => a.householdName.localeCompare(b.householdName, 'nl')),
    ),
    evaluationsDue: short(evaluations),
    openRequests: figures?.openRequests ?? 0,
  };
}

async function teamLeadHome(db: Db, actor: Actor, ctx: RequestOrigin, now: Date): Promise<TeamLeadHome> {
  const empty = { items: [], total: 0 };
  if (!actor.teamId) {
    return {
      kind: 'team_lead',
      teamName: null,
      approvals: empty,
      waitingList: { ...empty, overdue: 0 },
      workload: [],
      unassignedHouseholds: 0,
      breakGlassToReview: 0,
    };
  }
  // Only names: no household's members, flags or area are read.
  const { items: households } = await listCaseloadPage(db, actor, ctx, {
    pageSize: HOUSEHOLD_SCOPE,
    detail: 0,
  });
  const [approvals, waitingList, perCoordinator, coordinators, breakGlassToReview, name] = await Promise.all([
    listApprovalsWaiting(
      db,
      actor,
      ctx,
      new Map(households.map((h) => [h.householdId, h.name])),
      HOME_LIST_LIMIT,
    ),
    listTeamWaitingList(db, actor, actor.teamId, ctx, HOME_LIST_LIMIT, now),
    countTeamHouseholdsPerCoordinator(db, actor.tenantId, actor.teamId),
    listTeamCoordinators(db, actor),
    countBreakGlassToReview(db, actor.tenantId, actor.userId),
    teamName(db, actor.tenantId, actor.teamId),
  ]);
  const count = new Map(perCoordinator.map((c) => [c.coordinatorId, c.households]));
  return {
    kind: 'team_lead',
    teamName: name,
    approvals,
    waitingList,
    // Every coordinator of the team, also those without households yet.
    workload: coordinators
      .map((c) => ({ coordinatorId: c.id, name: c.displayName, households: count.get(c.id) ?? 0 }))
      .sort((a, b) => b.households - a.households || a.name.localeCompare(b.name, 'nl')),
    unassignedHouseholds: count.get(null) ?? 0,
    breakGlassToReview,
  };
}

async function sourceHome(db: Db, actor: Actor, ctx: RequestOrigin): Promise<SourceHome> {
  return { kind: 'source', signals: await listRecentOwnReferrals(db, actor, ctx, HOME_LIST_LIMIT) };
}

async function providerHome(db: Db, actor: Actor, ctx: RequestOrigin, now: Date): Promise<ProviderHome> {
  const [starts, openRequests, declarationsNeedingAttention] = await Promise.all([
    listProviderStartsToReport(db, actor, ctx, HOME_LIST_LIMIT, now),
    listOpenProviderRequests(db, actor, ctx, HOME_LIST_LIMIT),
    listDeclarationsNeedingAttention(db, actor, HOME_LIST_LIMIT),
  ]);
  return {
    kind: 'provider',
    newAssignments: starts.fresh,
    startsOverdue: starts.overdue,
    openRequests,
    declarationsNeedingAttention,
  };
}

async function safetyHome(db: Db, actor: Actor, ctx: RequestOrigin, now: Date): Promise<SafetyHome> {
  const mine = await myBreakGlass(db, actor, ctx, now);
  return {
    kind: 'safety',
    accesses: short(
      mine.map((b) => ({
        id: b.id,
        householdName: b.householdName,
        openedAt: b.openedAt,
        active: b.active,
        reviewOutcome: b.reviewOutcome,
      })),
    ),
    active: mine.filter((b) => b.active).length,
    awaitingReview: mine.filter((b) => b.reviewOutcome === null).length,
  };
}

/** The counts a policy analyst sees per area and in total, before small cells are hidden. */
type PolicyAnalystFigures = Record<'households' | 'signals' | 'waiting' | 'plans' | 'assignments', number>;

async function policyAnalystHome(db: Db, actor: Actor, now: Date): Promise<PolicyAnalystHome> {
  const householdArea = householdAreaSubquery(db, actor.tenantId);
  const [areas, households, referrals, plans, assignments] = await Promise.all([
    listAreaNames(db, actor.tenantId),
    countHouseholdsByArea(db, actor.tenantId),
    countReferralsByArea(db, actor.tenantId, now),
    countOpenPlansByArea(db, actor.tenantId, householdArea),
    countRunningAssignmentsByArea(db, actor.tenantId, householdArea),
  ]);
  const raw = areas.map((a) => ({
    areaId: a.id,
    areaName: a.name,
    households: households.get(a.id) ?? 0,
    signals: referrals.get(a.id)?.signals ?? 0,
    waiting: referrals.get(a.id)?.waiting ?? 0,
    plans: plans.get(a.id) ?? 0,
    assignments: assignments.get(a.id) ?? 0,
  }));
  const sum = (f: (r: (typeof raw)[number]) => number) => raw.reduce((n, r) => n + f(r), 0);
  const suppress = (r: PolicyAnalystFigures) => ({
    households: suppressSmallCell(r.households),
    signals: suppressSmallCell(r.signals),
    waiting: suppressSmallCell(r.waiting),
    plans: suppressSmallCell(r.plans),
    assignments: suppressSmallCell(r.assignments),
  });
  return {
    kind: 'policy_analyst',
    minimumCell: MINIMUM_CELL,
    areas: raw.map((r) => ({ ...r, ...suppress(r) })),
    totals: suppress({
      households: sum((r) => r.households),
      signals: sum((r) => r.signals),
      waiting: sum((r) => r.waiting),
      plans: sum((r) => r.plans),
      assignments: sum((r) => r.assignments),
    }),
  };
}

async function adminHome(db: Db, actor: Actor): Promise<AdminHome> {
  const tenantId = actor.tenantId;
  const [{ areasWithoutPostcodes, teamsWithoutArea }, outbox, apiClients, checkpoint] = await Promise.all([
    routingGaps(db, tenantId),
    countOutboxProblems(db, tenantId),
    apiClientHealth(db, tenantId),
    lastCheckpointAt(db, tenantId),
  ]);
  return {
    kind: 'admin',
    areasWithoutPostcodes,
    teamsWithoutArea,
    failedDeliveries: outbox.failed,
    pendingDeliveries: outbox.pending,
    apiClients,
    lastAuditCheckpointAt: checkpoint?.toISOString() ?? null,
  };
}

/** The crisis service: its episodes, open first, and how many have a deadline passed. */
async function crisisServiceHome(db: Db, ctx: RequestContext, now: Date): Promise<CrisisServiceHome> {
  const { items, total, overdue } = await listOwnEpisodes(db, ctx, HOME_LIST_LIMIT, now);
  return { kind: 'crisis_service', episodes: { items, total }, overdue };
}

/** A GI: its measures in force, nearest deadline first, and how many fall within the reminder window. */
async function certifiedInstitutionHome(
  db: Db,
  ctx: RequestContext,
  now: Date,
): Promise<CertifiedInstitutionHome> {
  const today = amsterdamDate(now);
  const horizon = new Date(now.getTime() + MEASURE_REMINDER_DAYS * 86_400_000);
  const measures = (await listOwnMeasures(db, ctx, now)).map((m) => ({
    id: m.id,
    householdId: m.householdId,
    personFirstName: m.personFirstName,
    kind: m.kind,
    endDate: m.endDate,
    status: m.status,
    nextDeadline: nextMeasureDeadline({ ...m, endedOn: m.endedOn }, today),
  }));
  measures.sort((a, b) => (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999'));
  const within = measures.filter((m) => m.nextDeadline !== null && m.nextDeadline <= amsterdamDate(horizon));
  return {
    kind: 'certified_institution',
    measures: { items: measures.slice(0, HOME_LIST_LIMIT), total: measures.length },
    deadlinesWithin30Days: within.length,
  };
}
