/**
 * Reading child-protection measures: one measure, a household's measures on its dossier and the
 * GI's own list. Every read, list and refusal is audited; who may know is `decideMeasure`'s call.
 */
import type { ProtectionMeasure } from '@een-plan/contracts';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { recordAccess, recordListed } from '../audit/record.ts';
import { findUserNames } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';
import { firstNamesOf } from '../households/home-queries.ts';
import { findHouseholdFacts, type HouseholdRow } from '../households/membership.ts';
import { authorize } from '../policy/authorize.ts';
import { decideMeasure, type MeasureAction, measureOrganisationFilter } from '../policy/decide-protection.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { organisationNames } from '../tenancy/organisations.ts';
import { extensionDeadline, lapsesUnusedOn, measureStatus } from './rules.ts';
import { protectionMeasure, protectionMeasureExtension } from './schema.ts';

type MeasureRow = typeof protectionMeasure.$inferSelect;
export const MEASURE_AUDIT = {
  subjectType: 'protection_measure',
  dataCategory: 'child_protection',
  purpose: 'child_protection',
} as const;

export function measureFacts(organisationId: string | null, h: HouseholdRow, tenantId: string) {
  return {
    tenantId,
    organisationId,
    household: {
      tenantId,
      coordinatorId: h.coordinatorId,
      teamId: h.teamId,
      memberPersonIds: h.memberPersonIds,
    },
  };
}

/** The measure and its household when the actor may do `action`; else audited and answered 404. */
export async function requireMeasure(
  db: Executor,
  ctx: RequestContext,
  id: string,
  action: MeasureAction,
  auditAction: string,
) {
  const { facts } = await authorize(db, ctx.actor, ctx, {
    load: async () => {
      const [row] = await db
        .select()
        .from(protectionMeasure)
        .where(and(eq(protectionMeasure.tenantId, ctx.tenantId), eq(protectionMeasure.id, id)))
        .limit(1);
      const household = row ? await findHouseholdFacts(db, ctx.tenantId, row.householdId) : null;
      return row && household ? { row, household } : null;
    },
    decide: ({ row, household }) =>
      decideMeasure(ctx.actor, action, measureFacts(row.organisationId, household, ctx.tenantId)),
    attempt: { ...MEASURE_AUDIT, action: auditAction, subjectId: id },
    answer: 'not_found',
  });
  return facts;
}

async function measureViews(
  db: Executor,
  tenantId: string,
  rows: MeasureRow[],
  now = new Date(),
): Promise<ProtectionMeasure[]> {
  if (rows.length === 0) return [];
  const today = amsterdamDate(now);
  const names = await firstNamesOf(
    db,
    tenantId,
    rows.map((r) => r.personId),
  );
  const orgs = await organisationNames(
    db,
    tenantId,
    rows.map((r) => r.organisationId),
  );
  const workers = new Map(
    (await findUserNames(db, tenantId, [...new Set(rows.map((r) => r.caseworkerId))])).map((u) => [
      u.id,
      u.displayName,
    ]),
  );
  const extensions = await db
    .select()
    .from(protectionMeasureExtension)
    .where(
      and(
        eq(protectionMeasureExtension.tenantId, tenantId),
        inArray(
          protectionMeasureExtension.measureId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(protectionMeasureExtension.recordedAt));
  return rows.map((r) => {
    return {
      id: r.id,
      householdId: r.householdId,
      personId: r.personId,
      personFirstName: names.get(r.personId) ?? '',
      kind: r.kind,
      organisationName: orgs.get(r.organisationId) ?? null,
      caseworkerName: workers.get(r.caseworkerId) ?? '',
      startDate: r.startDate,
      endDate: r.endDate,
      courtReference: r.courtReference,
      placementStartedOn: r.placementStartedOn,
      extensionDeadline: extensionDeadline(r),
      lapsesUnusedOn: lapsesUnusedOn(r),
      status: measureStatus(r, today),
      endedOn: r.endedOn,
      endReason: r.endReason,
      extensions: extensions
        .filter((e) => e.measureId === r.id)
        .map((e) => ({
          previousEndDate: e.previousEndDate,
          newEndDate: e.newEndDate,
          courtReference: e.courtReference,
          recordedAt: e.recordedAt.toISOString(),
        })),
    };
  });
}

export async function getMeasure(db: Executor, ctx: RequestContext, id: string, now = new Date()) {
  const { row } = await requireMeasure(db, ctx, id, 'measure.read', 'protection_measure.read');
  const [view] = await measureViews(db, ctx.tenantId, [row], now);
  await recordAccess(
    db,
    ctx.actor,
    ctx,
    { ...MEASURE_AUDIT, action: 'protection_measure.read', subjectId: id },
    {
      householdId: row.householdId,
    },
  );
  return view as ProtectionMeasure;
}

/**
 * The measures on a household's dossier. Its coordinator and team lead see all; a GI sees only the
 * ones it carries out, and a household where it has none answers 404 like one it cannot see.
 */
export async function listHouseholdMeasures(
  db: Executor,
  ctx: RequestContext,
  householdId: string,
  now = new Date(),
) {
  const org = measureOrganisationFilter(ctx.actor);
  const attempt = {
    ...MEASURE_AUDIT,
    action: 'protection_measure.list',
    subjectType: 'household',
    subjectId: householdId,
  };
  const { facts: rows } = await authorize(db, ctx.actor, ctx, {
    load: async () => {
      const h = await findHouseholdFacts(db, ctx.tenantId, householdId);
      if (!h) return null;
      const found = await db
        .select()
        .from(protectionMeasure)
        .where(
          and(
            eq(protectionMeasure.tenantId, ctx.tenantId),
            eq(protectionMeasure.householdId, householdId),
            org === null ? undefined : eq(protectionMeasure.organisationId, org),
          ),
        )
        .orderBy(asc(protectionMeasure.endDate))
        .limit(50);
      return { h, found };
    },
    decide: ({ h, found }) =>
      decideMeasure(
        ctx.actor,
        'measure.read',
        measureFacts(org === null ? null : (found[0]?.organisationId ?? null), h, ctx.tenantId),
      ),
    attempt,
    answer: 'not_found',
  });
  const items = await measureViews(db, ctx.tenantId, rows.found, now);
  await recordAccess(db, ctx.actor, ctx, attempt, { count: items.length });
  return { items };
}

/** The GI's own measures in force (not ended), soonest end first; one audit event names every measure listed. */
export async function listOwnMeasures(db: Executor, ctx: RequestContext, now = new Date()) {
  const org = measureOrganisationFilter(ctx.actor);
  if (!org) return [];
  const rows = await db
    .select()
    .from(protectionMeasure)
    .where(
      and(
        eq(protectionMeasure.tenantId, ctx.tenantId),
        eq(protectionMeasure.organisationId, org),
        isNull(protectionMeasure.endedOn),
      ),
    )
    .orderBy(asc(protectionMeasure.endDate))
    .limit(500);
  const items = await measureViews(db, ctx.tenantId, rows, now);
  // One event naming every measure shown (decision 0028).
  await recordListed(
    db,
    ctx.actor,
    ctx,
    { ...MEASURE_AUDIT, action: 'protection_measure.list' },
    items.map((m) => m.id),
  );
  return items;
}
