/**
 * Recording a new rights case, with its clock started: a request (by the professional), and an
 * objection, a complaint, a second opinion or a change of coordinator (by the professional or by
 * the resident in the portal). Each write is audited in its own transaction.
 */
import { randomUUID } from 'node:crypto';
import type {
  FileComplaint,
  FileObjection,
  PortalRightsFiling,
  RecordRequest,
  RightsCase,
} from '@een-plan/contracts';
import { findUser } from '../auth/users.ts';
import { encryptOptional, encryptText } from '../crypto/data-encryption.ts';
import type { Db, Executor } from '../db/database.ts';
import type { HouseholdRow } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { firstOrganisationMatching } from '../tenancy/organisations.ts';
import { auditRights, findCaseRow, today, toRightsCases } from './cases.ts';
import {
  changeDecisionDue,
  complaintHandlingDue,
  isLateObjection,
  objectionDecisionDue,
  objectionFilingDeadline,
  requestDeadlines,
} from './deadlines.ts';
import { rightsCase } from './schema.ts';
import { rightsSettings } from './settings.ts';

type NewCase = Omit<typeof rightsCase.$inferInsert, 'tenantId' | 'id' | 'householdId' | 'createdBy'>;

function notInFuture(day: string | undefined, field: string): string {
  const t = today();
  if (day && day > t) throw new ProblemError('rights_date_in_future', `${field} is after today`);
  return day ?? t;
}

async function insertCase(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  household: HouseholdRow,
  values: NewCase,
): Promise<RightsCase> {
  const id = randomUUID();
  const [row] = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(rightsCase)
      .values({ ...values, tenantId: actor.tenantId, id, householdId: household.id, createdBy: actor.userId })
      .returning();
    await auditRights(
      tx,
      actor,
      ctx,
      household.id,
      { action: `rights.${values.kind}.create`, purpose: 'client_rights' },
      { caseId: id, late: values.late ?? false },
    );
    return inserted;
  });
  const [result] = await toRightsCases(db, actor.tenantId, row ? [row] : []);
  if (!result) throw new Error('rights case not stored');
  return result;
}

export async function recordRequest(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  household: HouseholdRow,
  input: RecordRequest,
): Promise<RightsCase> {
  const receivedOn = notInFuture(input.receivedOn, 'receivedOn');
  const applicationOn =
    input.law === 'wmo' && input.applicationOn ? notInFuture(input.applicationOn, 'applicationOn') : null;
  const due = requestDeadlines(
    input.law,
    receivedOn,
    await rightsSettings(db, actor.tenantId),
    applicationOn,
  );
  return insertCase(db, actor, ctx, household, {
    kind: 'request',
    law: input.law,
    subjectEnc: encryptText(input.subject),
    receivedOn,
    applicationOn,
    dueOn: due.decisionDueOn,
    investigationDueOn: due.investigationDueOn,
  });
}

/** The decided request of this household that the objection is against; a 422 otherwise. */
async function objectedDecision(db: Executor, tenantId: string, householdId: string, caseId: string) {
  const row = await findCaseRow(db, tenantId, caseId);
  if (!row || row.householdId !== householdId || row.kind !== 'request' || !row.decidedOn) {
    throw new ProblemError('rights_no_decision_to_object');
  }
  return { decidedOn: row.decidedOn };
}

export async function fileObjection(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  household: HouseholdRow,
  input: Omit<FileObjection, 'filedOn'> & { filedOn?: string },
): Promise<RightsCase> {
  const filedOn = notInFuture(input.filedOn, 'filedOn');
  const decision = await objectedDecision(db, actor.tenantId, household.id, input.relatedCaseId);
  const filingDeadline = objectionFilingDeadline(decision.decidedOn);
  const late = isLateObjection(filedOn, filingDeadline);
  // Awb 6:11: a late objection is still received; the reason decides whether it can be excused.
  if (late && !input.lateReason) throw new ProblemError('rights_late_reason_required');
  return insertCase(db, actor, ctx, household, {
    kind: 'objection',
    subjectEnc: encryptText(input.subject),
    receivedOn: filedOn,
    relatedCaseId: input.relatedCaseId,
    filingDeadline,
    late,
    lateReasonEnc: late ? encryptOptional(input.lateReason) : null,
    dueOn: objectionDecisionDue(filingDeadline, filedOn, false),
  });
}

/**
 * Whose complaints procedure handles it: a provider's own (Wkkgz), the organisation employing the
 * professional (the household's coordinator's unless another is named), or the municipality's.
 */
async function routeComplaint(
  db: Executor,
  tenantId: string,
  household: HouseholdRow,
  about: FileComplaint['about'],
  organisationId: string | undefined,
): Promise<string | null> {
  const orgs = (match: { id?: string; kind?: string }) => firstOrganisationMatching(db, tenantId, match);
  if (about === 'provider') {
    const org = organisationId ? await orgs({ id: organisationId, kind: 'youth_care_provider' }) : undefined;
    if (!org) throw new ProblemError('rights_organisation_required');
    return org.id;
  }
  if (about === 'professional') {
    if (organisationId) {
      const org = await orgs({ id: organisationId });
      if (!org) throw new ProblemError('rights_organisation_required');
      return org.id;
    }
    const coordinator = household.coordinatorId
      ? await findUser(db, tenantId, household.coordinatorId)
      : undefined;
    if (coordinator?.organisationId) return coordinator.organisationId;
  }
  const municipality = await orgs({ kind: 'municipality' });
  return municipality?.id ?? null;
}

export async function fileComplaint(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  household: HouseholdRow,
  input: Omit<FileComplaint, 'receivedOn'> & { receivedOn?: string },
): Promise<RightsCase> {
  const receivedOn = notInFuture(input.receivedOn, 'receivedOn');
  const routedTo = await routeComplaint(db, actor.tenantId, household, input.about, input.organisationId);
  const { complaintHandlingWeeks } = await rightsSettings(db, actor.tenantId);
  return insertCase(db, actor, ctx, household, {
    kind: 'complaint',
    subjectEnc: encryptText(input.subject),
    receivedOn,
    complaintAbout: input.about,
    routedToOrganisationId: routedTo,
    dueOn: complaintHandlingDue(receivedOn, complaintHandlingWeeks),
  });
}

/** A resident's filing in the portal: always today, always for their own household. */
export async function fileFromPortal(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  household: HouseholdRow,
  input: PortalRightsFiling,
): Promise<RightsCase> {
  switch (input.kind) {
    case 'objection':
      return fileObjection(db, actor, ctx, household, input);
    case 'complaint':
      return fileComplaint(db, actor, ctx, household, input);
    default: {
      const on = today();
      return insertCase(db, actor, ctx, household, {
        kind: input.kind,
        subjectEnc: encryptText(input.subject),
        receivedOn: on,
        dueOn: changeDecisionDue(on),
      });
    }
  }
}
