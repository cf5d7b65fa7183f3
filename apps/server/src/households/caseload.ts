import type { CaseloadItem } from '@een-plan/contracts';
import { and, asc, eq, isNotNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditComing, recordListed } from '../audit/record.ts';
import { correlated } from '../db/correlated.ts';
import type { Executor } from '../db/database.ts';
import { rowsAfter } from '../db/keyset.ts';
import { preparedByPosition } from '../db/prepared.ts';
import { decodeCursor, invalidCursor, splitPage } from '../http/page-cursor.ts';
import { safetyFlagOf } from '../intake/safety-flag.ts';
import { type CurrentPlanFacts, currentPlanOf } from '../plans/service.ts';
import type { Actor } from '../policy/actor.ts';
import { decideHousehold } from '../policy/decide.ts';
import { caseloadScope, type HouseholdScope } from '../policy/household-scope.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { areaNameOf, teamOfArea } from '../tenancy/fragments.ts';
import { household, householdMember, person } from './schema.ts';
import { type BoundScope, householdScopeCondition } from './scope-condition.ts';
import { turns18Soon } from './service.ts';

export const CASELOAD_PAGE_SIZE = 25;

/** The birth dates of the household's current members, as a JSON array for the caseload's one query. */
const memberBirthDates = correlated(sql<string[]>`(select coalesce(json_agg(${person.birthDate}), '[]'::json)
  from ${householdMember} join ${person}
    on ${person.tenantId} = ${householdMember.tenantId} and ${person.id} = ${householdMember.personId}
  where ${householdMember.tenantId} = ${household.tenantId} and ${householdMember.householdId} = ${household.id}
    and ${householdMember.until} is null)`);

/** `detailed`: within the rows asked for in detail; the others carry no members, flags or area. */
type CaseloadRow = CaseloadItem & { plan: CurrentPlanFacts | null; detailed: boolean };

/** The first `detail` rows of the list, in its order: the only ones whose per-household details are read. */
const withinDetail = sql`row_number() over (order by ${household.name}, ${household.id}) <= ${sql.placeholder('detail')}`;

/**
 * A per-household detail (members, flags, area) only for the rows a page shows: a CASE runs its
 * subquery only for the rows that take its branch, so a home showing 8 of 34 households probes 8.
 */
function detailOnly<T>(column: SQL<T>): SQL<T | null> {
  return sql<T | null>`case when ${withinDetail} then ${column} end`;
}

interface CaseloadShape {
  coordinator: boolean;
  team: boolean;
  after: boolean;
}

/**
 * Figures a caller reads in the caseload's own statement, a round trip fewer: uncorrelated scalar
 * subqueries of their owning modules (each runs once, as an InitPlan) that every row carries.
 * `key` names the statement's variant (one prepared statement per key and shape); `columns` builds
 * them once, over placeholders whose values are `values` (named apart from the caseload's own:
 * tenantId is the caseload's; coordinatorId, teamId, afterName, afterId, limit and detail are taken).
 */
export interface CaseloadAlongside<F extends Record<string, unknown>> {
  key: string;
  /** The names of `columns`' figures, as read back from a row. */
  fields: ReadonlyArray<keyof F & string>;
  columns: (db: Executor) => { [K in keyof F]: SQL<F[K]> };
  values: Record<string, unknown>;
}

const ph = (name: string) => sql.placeholder(name);

/** The households on a caseload list, still someone's work (a closed household handed off is not). */
function inCaseload(scope: BoundScope) {
  // A closed household handed off (no coordinator) is nobody's work any more: a team's list would
  // otherwise grow with every closure of past years.
  const stillWork = or(ne(household.status, 'closed'), isNotNull(household.coordinatorId));
  return and(eq(household.tenantId, ph('tenantId')), householdScopeCondition(scope), stillWork);
}

const boundScope = (shape: CaseloadShape): BoundScope => ({
  coordinatorId: shape.coordinator ? ph('coordinatorId') : undefined,
  teamId: shape.team ? ph('teamId') : undefined,
});

/** One prepared statement per shape of the list (whose scope, first page or a later one). */
function caseloadStatement(db: Executor, shape: CaseloadShape, alongside: Record<string, SQL> = {}) {
  const after = shape.after
    ? rowsAfter([household.name, household.id], [ph('afterName'), ph('afterId')])
    : undefined;
  const fields = {
    householdId: household.id,
    name: household.name,
    status: household.status,
    closedOn: household.closedOn,
    coordinatorId: household.coordinatorId,
    teamId: teamOfArea(household.tenantId, household.areaId),
    detailed: sql<boolean>`${withinDetail}`,
    areaName: detailOnly(areaNameOf(household.tenantId, household.areaId)),
    birthDates: detailOnly(memberBirthDates),
    safetyFlag: detailOnly(safetyFlagOf(household.tenantId, household.id)),
    plan: currentPlanOf(household.tenantId, household.id),
    ...alongside,
  };
  const query = db
    .select(fields)
    .from(household)
    .where(and(inCaseload(boundScope(shape)), after))
    .orderBy(asc(household.name), asc(household.id))
    .limit(ph('limit'));
  // Every field is text, a date as text, a boolean or JSON: read by position (preparedByPosition).
  return { keys: Object.keys(fields), query };
}

/** A row of the caseload's statement, before the policy and the page see it. */
interface CaseloadStatementRow {
  householdId: string;
  name: string;
  status: CaseloadItem['status'];
  closedOn: string | null;
  coordinatorId: string | null;
  teamId: string | null;
  detailed: boolean;
  areaName: string | null;
  birthDates: string[] | null;
  safetyFlag: boolean | null;
  plan: CurrentPlanFacts | null;
}

/**
 * The households a professional works on ("Mijn huishoudens"): a coordinator's own caseload, a
 * team lead's team, one page at a time, each with its flags and its current plan. One query: the
 * page of households, their members' birth dates, the intake's safety flag and the plan (the
 * intake and plan modules hand their parts over as correlated subqueries, their tables stay
 * theirs). Every household shown is personal data: one audit event names them all (decision 0028).
 * Keyset pages by name and id (decision 0031), served by household_coordinator_idx.
 */
export async function listCaseloadRows<F extends Record<string, unknown> = Record<never, never>>(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  opts: {
    cursor?: string | undefined;
    pageSize: number;
    detail?: number;
    alongside?: CaseloadAlongside<F>;
  },
): Promise<{ items: CaseloadRow[]; nextCursor: string | null; alongside: F | undefined }> {
  const scope = caseloadScope(actor);
  const after = await caseloadKeyAfter(db, actor.tenantId, scope, opts.cursor);
  const shape: CaseloadShape = {
    coordinator: scope.coordinatorId !== undefined,
    team: scope.teamId !== undefined,
    after: after !== undefined,
  };
  const alongside = opts.alongside;
  const name = `caseload_${shape.coordinator ? 'c' : ''}${shape.team ? 't' : ''}${shape.after ? '_after' : ''}${
    alongside ? `_with_${alongside.key}` : ''
  }`;
  // Concurrent pages' events share one commit: a batch committing meanwhile waits for this one.
  const appendComing = auditComing(db);
  let fetched: Array<CaseloadStatementRow & Record<string, unknown>>;
  try {
    fetched = await preparedByPosition<CaseloadStatementRow & Record<string, unknown>>(db, name, (d) =>
      caseloadStatement(d, shape, alongside?.columns(d)),
    ).execute({
      ...alongside?.values,
      tenantId: actor.tenantId,
      coordinatorId: scope.coordinatorId,
      teamId: scope.teamId,
      afterName: after?.name,
      afterId: after?.id,
      limit: opts.pageSize + 1,
      detail: opts.detail ?? opts.pageSize + 1,
    });
  } finally {
    // From here to the append below nothing awaits: the flush that waits sees the event.
    appendComing();
  }
  const { page, nextCursor } = splitPage(fetched, opts.pageSize, (last) => [last.householdId]);
  const visible = page.filter(
    (r) =>
      decideHousehold(actor, 'household.read', {
        tenantId: actor.tenantId,
        coordinatorId: r.coordinatorId,
        teamId: r.teamId,
        memberPersonIds: [],
      }).allowed,
  );
  // One event names every household the page showed (the family's access log finds it per household).
  await recordListed(
    db,
    actor,
    ctx,
    {
      action: 'household.list',
      subjectType: 'household',
      dataCategory: 'household.summary',
      purpose: 'caseload',
    },
    visible.map((r) => r.householdId),
  );
  const today = new Date();
  const [first] = fetched;
  return {
    nextCursor,
    // Every row carries the same figures; an empty list carries none (the caller reads them itself).
    alongside: alongside && first ? pick(first, alongside) : undefined,
    items: visible.map((r) => ({
      householdId: r.householdId,
      name: r.name,
      areaName: r.areaName,
      memberCount: r.birthDates?.length ?? 0,
      status: r.status,
      closedOn: r.closedOn,
      // From the family plan; a household without a current plan has neither (unknown, not zero).
      nextEvaluationDate: r.plan?.nextEvaluationDate ?? null,
      openActionCount: r.plan ? r.plan.openActions : null,
      safetyFlag: r.safetyFlag ?? false,
      comingOfAge: (r.birthDates ?? []).some((b) => turns18Soon(b, today)),
      plan: r.plan,
      detailed: r.detailed,
    })),
  };
}

/** The figures a caller read along with the caseload, from one of its rows. */
function pick<F extends Record<string, unknown>>(
  row: Record<string, unknown>,
  alongside: CaseloadAlongside<F>,
): F {
  return Object.fromEntries(alongside.fields.map((k) => [k, row[k]])) as F;
}

/** The caseload page as the API shows it: without the plan facts the home uses. */
export async function listCaseloadPage(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  opts: { cursor?: string | undefined; pageSize: number; detail?: number },
): Promise<{ items: CaseloadItem[]; nextCursor: string | null }> {
  const { items, nextCursor } = await listCaseloadRows(db, actor, ctx, opts);
  return { nextCursor, items: items.map(({ plan: _plan, detailed: _detailed, ...item }) => item) };
}

/** The caseload's cursor: the last household's id only, a name never travels in a URL. */
const CaseloadCursor = z.tuple([z.string().min(1).max(64)]);

/**
 * Where the next page starts (decision 0031): the cursor's household, read back for its name, and
 * only if it is on this list; any other id is a bad cursor, so it tells nothing about another list.
 */
async function caseloadKeyAfter(
  db: Executor,
  tenantId: string,
  scope: HouseholdScope,
  cursor: string | undefined,
) {
  const key = decodeCursor(CaseloadCursor, cursor);
  if (!key) return undefined;
  const [row] = await db
    .select({ name: household.name, id: household.id })
    .from(household)
    .where(and(inCaseload(scope), eq(household.id, key[0])))
    .limit(1)
    .execute({ tenantId });
  if (!row) throw invalidCursor();
  return row;
}
