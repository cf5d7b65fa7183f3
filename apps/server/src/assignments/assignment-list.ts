import type { Assignment, ExecutionVariant } from '@een-plan/contracts';
import { toIjwDatum } from '@een-plan/ijw';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAccess, recordListed } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { asTimestamp, DbTimestamp, rowsAfter, timestampText } from '../db/keyset.ts';
import { firstNamesOf } from '../households/home-queries.ts';
import { decodeCursor, splitPage } from '../http/page-cursor.ts';
import type { Actor } from '../policy/actor.ts';
import { providerOrganisationOf } from '../policy/decide-assignment.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisationNames } from '../tenancy/organisations.ts';
import { assignmentAccess, authorizeHousehold, PROVIDER_ASSIGNMENTS_READ } from './assignment-access.ts';
import { productOfAssignment, toOrganisation } from './assignment-row.ts';
import { periodsIn } from './contracts.ts';
import { withVolumeUsed } from './declaration-usage.ts';
import { assignment, contractProduct } from './schema.ts';
import { assignmentSettings, startDueDate, startOverdue } from './settings.ts';

// Reading assignments

const assignmentColumns = {
  a: assignment,
  productName: contractProduct.name,
  productCategory: contractProduct.productCategory,
  productCode: contractProduct.productCode,
  executionVariant: contractProduct.executionVariant,
};

type AssignmentRow = {
  a: typeof assignment.$inferSelect;
  personFirstName: string;
  organisationName: string;
  productName: string;
  productCategory: string;
  productCode: string;
  executionVariant: ExecutionVariant;
};

/** Assignments with their product; `withNames` adds the person's and organisation's names. */
export function selectAssignments(db: Executor) {
  return db.select(assignmentColumns).from(assignment).innerJoin(contractProduct, productOfAssignment);
}

/**
 * The person's first name and the organisation's name next to each assignment, asked of the
 * modules that own them: one query each for the whole page, by ids.
 */
export async function withNames(
  db: Executor,
  tenantId: string,
  rows: ReadonlyArray<Omit<AssignmentRow, 'personFirstName' | 'organisationName'>>,
): Promise<AssignmentRow[]> {
  const firstNames = await firstNamesOf(db, tenantId, [...new Set(rows.map((r) => r.a.personId))]);
  const orgNames = await organisationNames(
    db,
    tenantId,
    rows.map((r) => r.a.organisationId),
  );
  return rows.map((r) => ({
    ...r,
    personFirstName: firstNames.get(r.a.personId) ?? '',
    organisationName: orgNames.get(r.a.organisationId) ?? '',
  }));
}

function toAssignment(r: AssignmentRow, startWarningDays: number, today: string): Assignment {
  const a = r.a;
  const dueDate = startDueDate(a, startWarningDays);
  return {
    id: a.id,
    assignmentNumber: a.assignmentNumber,
    householdId: a.householdId,
    personId: a.personId,
    personFirstName: r.personFirstName,
    planActionId: a.planActionId,
    organisationId: a.organisationId,
    organisationName: r.organisationName,
    productName: r.productName,
    productCategory: r.productCategory,
    productCode: r.productCode,
    executionVariant: r.executionVariant,
    volume: a.volume,
    unit: a.unit,
    frequency: a.frequency,
    startDate: a.startDate,
    endDate: a.endDate,
    referrerType: a.referrerType,
    budgetCents: a.budgetCents,
    status: a.status,
    startedOn: a.startedOn,
    stoppedOn: a.stoppedOn,
    stopReason: a.stopReason,
    endedOn: a.endedOn,
    startDueDate: dueDate,
    startOverdue: startOverdue(dueDate, today),
    version: a.version,
    volumeTotal: a.volume * periodsIn(a.frequency, a.startDate, a.endDate),
  };
}

/** The rows as the API shows them, each with its start warning and the volume declared so far. */
async function toAssignmentsWithUse(
  db: Executor,
  tenantId: string,
  rows: AssignmentRow[],
): Promise<Assignment[]> {
  const { startWarningDays } = await assignmentSettings(db, tenantId);
  const today = toIjwDatum(new Date());
  return withVolumeUsed(
    db,
    tenantId,
    rows.map((r) => toAssignment(r, startWarningDays, today)),
  );
}

/** The assignments of one household (the plan page shows each action's life). */
export async function listHouseholdAssignments(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
): Promise<Assignment[]> {
  await authorizeHousehold(db, actor, householdId, 'assignment.read', { action: 'assignment.list' }, ctx);
  const rows = await withNames(
    db,
    actor.tenantId,
    await selectAssignments(db)
      .where(and(eq(assignment.tenantId, actor.tenantId), eq(assignment.householdId, householdId)))
      .orderBy(desc(assignment.createdAt))
      .limit(200),
  );
  await recordAccess(db, actor, ctx, assignmentAccess('assignment.list', { household: householdId }), {
    count: rows.length,
  });
  return toAssignmentsWithUse(db, actor.tenantId, rows);
}

/** The provider list's cursor: the last assignment's creation time as stored, and its id. */
const ProviderListCursor = z.tuple([DbTimestamp, z.string().min(1).max(64)]);

/**
 * One page of an organisation's assignments, newest first, after the cursor's row (decision 0031):
 * a backward scan of assignment_org_idx (tenant, organisation, created_at, id).
 */
export function providerAssignmentPageQuery(
  db: Executor,
  tenantId: string,
  organisationId: string,
  page: { cursor?: string | undefined; limit: number },
) {
  const after = decodeCursor(ProviderListCursor, page.cursor);
  return db
    .select({ ...assignmentColumns, createdAtText: timestampText(assignment.createdAt) })
    .from(assignment)
    .innerJoin(contractProduct, productOfAssignment)
    .where(
      and(
        toOrganisation(tenantId, organisationId),
        inArray(assignment.status, ['assigned', 'started', 'stopped', 'ended']),
        after
          ? rowsAfter([assignment.createdAt, assignment.id], [asTimestamp(after[0]), after[1]], 'desc')
          : undefined,
      ),
    )
    .orderBy(desc(assignment.createdAt), desc(assignment.id))
    .limit(page.limit + 1);
}

/** A provider user sees the assignments of their own organisation only, a page at a time. */
export async function listProviderAssignments(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  query: { cursor?: string | undefined; limit: number },
): Promise<{ assignments: Assignment[]; nextCursor: string | null }> {
  const organisationId = providerOrganisationOf(actor);
  const fetched = await providerAssignmentPageQuery(db, actor.tenantId, organisationId, query);
  const { page, nextCursor } = splitPage(fetched, query.limit, (last) => [last.createdAtText, last.a.id]);
  const rows = await withNames(db, actor.tenantId, page);
  await recordListed(
    db,
    actor,
    ctx,
    PROVIDER_ASSIGNMENTS_READ,
    rows.map((r) => r.a.id),
    { organisationId: actor.organisationId },
  );
  return { assignments: await toAssignmentsWithUse(db, actor.tenantId, rows), nextCursor };
}

// ---------------------------------------------------------------------------------------------
