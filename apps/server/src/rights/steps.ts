/**
 * Steps on a running case: the one postponement (request, Awb 4:14) or extension (objection,
 * Awb 7:10 lid 3), the hearing of an objection, the acknowledgement of a complaint, and the
 * decision — for an agreed change of coordinator also the handover of the caseload entry.
 * Every step checks the case's version (409 with the current one when stale) and is audited.
 */
import {
  type AcknowledgeComplaint,
  type DecideCase,
  OUTCOMES_BY_KIND,
  type PlanHearing,
  type PostponeCase,
  type RightsCase,
  type RightsCaseKind,
  type RightsLetterKind,
  type WithdrawCase,
} from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { isCoordinatorOfTeam } from '../auth/users.ts';
import { encryptOptional, encryptText } from '../crypto/data-encryption.ts';
import type { Db, Executor } from '../db/database.ts';
import { changeCoordinator } from '../households/coordinator.ts';
import { findHouseholdFacts, type HouseholdRow } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { auditRights, CLOSED_STATUSES, type RightsCaseRow, today, toRightsCases } from './cases.ts';
import { addCalendarDays, objectionDecisionDue, objectionExtendedDue } from './deadlines.ts';
import { issueLetter, letterKindFor } from './letters.ts';
import { rightsCase } from './schema.ts';

/** The longest postponement of a request we accept: as long again as the default term (8 weeks). */
const MAX_POSTPONEMENT_DAYS = 8 * 7;

function requireOpen(row: RightsCaseRow, version: number, kinds: readonly RightsCaseKind[]) {
  if (!kinds.includes(row.kind)) throw new ProblemError('rights_step_not_allowed');
  if (CLOSED_STATUSES.includes(row.status)) throw new ProblemError('rights_case_closed');
  if (row.version !== version) {
    throw new ProblemError('version_conflict', `case is at version ${row.version}`, undefined, row.version);
  }
}

async function update(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  row: RightsCaseRow,
  set: Partial<typeof rightsCase.$inferInsert>,
  action: string,
  extra?: (tx: Executor) => Promise<Record<string, string | number | boolean | null>>,
  letter?: RightsLetterKind,
): Promise<RightsCase> {
  const [updated] = await db.transaction(async (tx) => {
    const rows = await tx
      .update(rightsCase)
      .set({ ...set, version: row.version + 1 })
      .where(
        and(
          eq(rightsCase.tenantId, actor.tenantId),
          eq(rightsCase.id, row.id),
          eq(rightsCase.version, row.version),
        ),
      )
      .returning();
    if (rows.length === 0) throw new ProblemError('version_conflict', undefined, undefined, row.version + 1);
    const details = extra ? await extra(tx) : {};
    const updatedRow = rows[0];
    const household = updatedRow && (await findHouseholdFacts(tx, actor.tenantId, updatedRow.householdId));
    if (letter && updatedRow && household) {
      const issued = await issueLetter(tx, actor, updatedRow, letter, household);
      details.letter = issued.kind;
      details.letterSha256 = issued.sha256;
    }
    await auditRights(
      tx,
      actor,
      ctx,
      row.householdId,
      { action, purpose: 'client_rights' },
      { caseId: row.id, ...details },
    );
    return rows;
  });
  const [result] = await toRightsCases(db, actor.tenantId, updated ? [updated] : []);
  if (!result) throw new Error('rights case not updated');
  return result;
}

/** Postpone a request once (new date told to the resident) or extend an objection once by 6 weeks. */
export async function postponeCase(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  row: RightsCaseRow,
  input: PostponeCase,
): Promise<RightsCase> {
  requireOpen(row, input.version, ['request', 'objection']);
  if (row.postponedOn) throw new ProblemError('rights_already_postponed');
  const on = today();
  if (!row.dueOn || on > row.dueOn) throw new ProblemError('rights_deadline_passed');
  let dueOn: string;
  if (row.kind === 'objection') {
    dueOn = objectionExtendedDue(row.dueOn);
  } else {
    const wanted = input.newDueOn;
    if (!wanted || wanted <= row.dueOn || wanted > addCalendarDays(row.dueOn, MAX_POSTPONEMENT_DAYS)) {
      throw new ProblemError('rights_invalid_due_date');
    }
    dueOn = wanted;
  }
  return update(
    db,
    actor,
    ctx,
    row,
    { postponedOn: on, postponementReasonEnc: encryptText(input.reason), dueOn, status: 'postponed' },
    `rights.${row.kind}.postpone`,
    undefined,
    'postponement',
  );
}

/**
 * Plan (or record the outcome of) the hearing of an objection. Choosing an advisory committee
 * moves the decision term to 12 weeks (plus the extension, when one was given).
 */
export async function planHearing(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  row: RightsCaseRow,
  input: PlanHearing,
): Promise<RightsCase> {
  requireOpen(row, input.version, ['objection']);
  const committee = input.advisoryCommittee ?? row.advisoryCommittee;
  let dueOn = row.dueOn;
  if (committee !== row.advisoryCommittee && row.filingDeadline) {
    dueOn = objectionDecisionDue(row.filingDeadline, row.receivedOn, committee);
    if (row.postponedOn) dueOn = objectionExtendedDue(dueOn);
  }
  return update(
    db,
    actor,
    ctx,
    row,
    {
      hearingOn: input.hearingOn,
      advisoryCommittee: committee,
      dueOn,
      hearingOutcomeEnc: input.outcome ? encryptText(input.outcome) : row.hearingOutcomeEnc,
      status: 'hearing_planned',
    },
    'rights.objection.hearing',
  );
}

export async function acknowledgeComplaint(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  row: RightsCaseRow,
  input: AcknowledgeComplaint,
): Promise<RightsCase> {
  requireOpen(row, input.version, ['complaint']);
  const on = input.acknowledgedOn ?? today();
  if (on > today()) throw new ProblemError('rights_date_in_future');
  return update(
    db,
    actor,
    ctx,
    row,
    { acknowledgedOn: on, status: 'acknowledged' },
    'rights.complaint.acknowledge',
    undefined,
    'complaint_acknowledgement',
  );
}

export async function decideCase(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  row: RightsCaseRow,
  household: HouseholdRow,
  input: DecideCase,
): Promise<RightsCase> {
  const kind = row.kind;
  requireOpen(row, input.version, [kind]);
  if (!OUTCOMES_BY_KIND[kind].includes(input.outcome)) throw new ProblemError('rights_outcome_mismatch');
  const decidedOn = input.decidedOn ?? today();
  if (decidedOn > today()) throw new ProblemError('rights_date_in_future');
  const handover = kind === 'coordinator_change' && input.outcome === 'agreed';
  if (handover) {
    const valid =
      input.newCoordinatorId &&
      input.handoverNote &&
      input.newCoordinatorId !== household.coordinatorId &&
      household.teamId &&
      (await isCoordinatorOfTeam(db, actor.tenantId, input.newCoordinatorId, household.teamId));
    if (!valid) throw new ProblemError('rights_new_coordinator_invalid');
  }
  return update(
    db,
    actor,
    ctx,
    row,
    {
      outcome: input.outcome,
      decidedOn,
      decisionReasonEnc: encryptText(input.reason),
      decidedBy: actor.userId,
      status: 'decided',
      newCoordinatorId: handover ? (input.newCoordinatorId ?? null) : null,
      handoverNoteEnc: handover ? encryptOptional(input.handoverNote) : null,
    },
    `rights.${kind}.decide`,
    async (tx): Promise<Record<string, string | number | boolean | null>> => {
      if (!handover || !input.newCoordinatorId) return { outcome: input.outcome };
      const previous = await changeCoordinator(tx, actor, household.id, input.newCoordinatorId, ctx);
      return { outcome: input.outcome, previousCoordinator: previous ?? null };
    },
    letterKindFor('decide', kind),
  );
}

/**
 * The resident withdraws their own open case: the clock stops (closed, so no task and never
 * overdue), the day is kept so "Mijn rechten" and the team can see it.
 */
export async function withdrawCase(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  row: RightsCaseRow,
  input: WithdrawCase,
): Promise<RightsCase> {
  requireOpen(row, input.version, [row.kind]);
  return update(
    db,
    actor,
    ctx,
    row,
    { status: 'withdrawn', withdrawnOn: today() },
    `rights.${row.kind}.withdraw`,
  );
}
