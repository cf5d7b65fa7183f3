/**
 * Reading rights cases: rows to the contract (sealed text opened), and the access checks every
 * route goes through (policy `decideRights`, refusals audited, 404 when the case cannot be seen).
 */
import type { RightsCase, RightsLetter, RightsStatus } from '@een-plan/contracts';
import { and, asc, desc, eq } from 'drizzle-orm';
import { recordAccess } from '../audit/record.ts';
import { decryptOptional, decryptText } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import { findHouseholdFacts, type HouseholdRow } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decideRights, type RightsAction } from '../policy/decide-rights.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { organisationNames } from '../tenancy/organisations.ts';
import { objectionFilingDeadline } from './deadlines.ts';
import { lettersByCase } from './letters.ts';
import { rightsCase } from './schema.ts';

export type RightsCaseRow = typeof rightsCase.$inferSelect;

export const CLOSED_STATUSES: readonly RightsStatus[] = ['decided', 'withdrawn'];

export function today(): string {
  return amsterdamDate(new Date());
}

const orNull = (stored: string | null) => (stored ? decryptText(stored) : null);

function toRightsCase(
  row: RightsCaseRow,
  names: ReadonlyMap<string, string>,
  on = today(),
  letters: RightsLetter[] = [],
): RightsCase {
  const open = !CLOSED_STATUSES.includes(row.status);
  return {
    id: row.id,
    householdId: row.householdId,
    kind: row.kind,
    status: row.status,
    law: row.law,
    subject: decryptOptional(row.subjectEnc),
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    investigationDueOn: row.investigationDueOn,
    postponedOn: row.postponedOn,
    postponementReason: orNull(row.postponementReasonEnc),
    relatedCaseId: row.relatedCaseId,
    // For a decided request: the last day to object to it (Awb 6:7), so the portal can say so.
    filingDeadline:
      row.kind === 'request' && row.decidedOn ? objectionFilingDeadline(row.decidedOn) : row.filingDeadline,
    late: row.late,
    lateReason: orNull(row.lateReasonEnc),
    advisoryCommittee: row.advisoryCommittee,
    hearingOn: row.hearingOn,
    hearingOutcome: orNull(row.hearingOutcomeEnc),
    complaintAbout: row.complaintAbout,
    routedToOrganisationId: row.routedToOrganisationId,
    routedToName: row.routedToOrganisationId ? (names.get(row.routedToOrganisationId) ?? null) : null,
    acknowledgedOn: row.acknowledgedOn,
    outcome: row.outcome,
    decidedOn: row.decidedOn,
    decisionReason: orNull(row.decisionReasonEnc),
    newCoordinatorId: row.newCoordinatorId,
    handoverNote: orNull(row.handoverNoteEnc),
    overdue: open && row.dueOn !== null && row.dueOn < on,
    withdrawnOn: row.withdrawnOn,
    letters,
    version: row.version,
  };
}

/** Rows to contracts, with the names of the organisations complaints were routed to. */
export async function toRightsCases(
  db: Executor,
  tenantId: string,
  rows: RightsCaseRow[],
): Promise<RightsCase[]> {
  const orgIds = [...new Set(rows.map((r) => r.routedToOrganisationId).filter((id): id is string => !!id))];
  const names = await organisationNames(db, tenantId, orgIds);
  const letters = await lettersByCase(
    db,
    tenantId,
    rows.map((r) => r.id),
  );
  const on = today();
  return rows.map((r) => toRightsCase(r, names, on, letters.get(r.id)));
}

export async function householdCaseRows(db: Executor, tenantId: string, householdId: string) {
  return db
    .select()
    .from(rightsCase)
    .where(and(eq(rightsCase.tenantId, tenantId), eq(rightsCase.householdId, householdId)))
    .orderBy(desc(rightsCase.receivedOn), asc(rightsCase.id))
    .limit(500);
}

export async function findCaseRow(db: Executor, tenantId: string, caseId: string) {
  const [row] = await db
    .select()
    .from(rightsCase)
    .where(and(eq(rightsCase.tenantId, tenantId), eq(rightsCase.id, caseId)))
    .limit(1);
  return row ?? null;
}

interface RightsAudit {
  action: string;
  purpose: string;
}

const attempt = (audit: RightsAudit, subjectType: string, subjectId: string) => ({
  action: audit.action,
  purpose: audit.purpose,
  dataCategory: 'rights',
  subjectType,
  subjectId,
});

/** The household, when the actor may do `action` on its rights; 404 (audited) otherwise. */
export async function requireRightsHousehold(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  action: RightsAction,
  audit: RightsAudit,
): Promise<HouseholdRow> {
  const { facts } = await authorize(db, actor, ctx, {
    load: () => findHouseholdFacts(db, actor.tenantId, householdId),
    decide: (h) => decideRights(actor, action, { ...h, tenantId: actor.tenantId }),
    attempt: attempt(audit, 'household', householdId),
    answer: 'not_found',
  });
  return facts;
}

/**
 * The case and its household, when the actor may do `action` on it. Someone who may not see the
 * case gets 404 (its existence not leaked); someone who sees it but may not take this step, 403.
 * Both refusals are audited.
 */
export async function requireCase(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  caseId: string,
  action: RightsAction,
  audit: RightsAudit,
): Promise<{ row: RightsCaseRow; household: HouseholdRow }> {
  const decide = (action: RightsAction) => (f: { row: RightsCaseRow; household: HouseholdRow }) =>
    decideRights(actor, action, {
      ...f.household,
      tenantId: actor.tenantId,
      kind: f.row.kind,
    });
  const { facts } = await authorize(db, actor, ctx, {
    load: async () => {
      const row = await findCaseRow(db, actor.tenantId, caseId);
      if (!row || row.householdId !== householdId) return null;
      const household = await findHouseholdFacts(db, actor.tenantId, householdId);
      return household ? { row, household } : null;
    },
    decide: decide('view'),
    attempt: attempt(audit, 'rights_case', caseId),
    answer: 'not_found',
  });
  if (action === 'view') return facts;
  await authorize(db, actor, ctx, {
    load: async () => facts,
    decide: decide(action),
    attempt: attempt(audit, 'rights_case', caseId),
    answer: 'forbidden',
  });
  return facts;
}

/** Audits a successful read or write about a household's rights. */
export async function auditRights(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  audit: RightsAudit,
  details?: Record<string, string | number | boolean | null>,
) {
  await recordAccess(db, actor, ctx, attempt(audit, 'household', householdId), details);
}
