import { and, asc, eq, gte, inArray, isNotNull, isNull, notInArray, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { currentMembers } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisationNameOf } from '../tenancy/fragments.ts';
import { productOfAssignment } from './assignment-row.ts';
import { assignment, contractProduct } from './schema.ts';
import { computeBudgetCents, issueAssignment, lockAssignment } from './service.ts';

/** JZ002 05 "Herbeoordeling verkorting toewijzing": the municipality finds the help no longer needed. */
const WITHDRAW_REASON = '05';

/** What closing a plan does to one open assignment. */
type WithdrawOutcome =
  /** Never sent (awaiting the team lead): dropped, no message, budget released. */
  | 'cancelled'
  /** Sent but not started: ended by the municipality with a JW301, budget released. */
  | 'ended'
  /** Started: ended with a JW301 (new end date, budget to that day); the provider must still send a stop (JW307, OP288). */
  | 'awaiting_stop';

interface OpenAssignment {
  id: string;
  assignmentNumber: number;
  personId: string;
  personFirstName: string;
  organisationName: string;
  productName: string;
  planActionId: string | null;
  status: string;
  startDate: string;
  endDate: string;
  startedOn: string | null;
  budgetCents: number;
  /** What the closure does to it. */
  outcome: WithdrawOutcome;
  /** The end date it gets (the closing date, or its start date when that is later). */
  newEndDate: string;
  /** The budget that stays committed afterwards (care until the new end date; 0 when never started). */
  newBudgetCents: number;
}

/** The closing date cannot come before an assignment's own start (Einddatum ≥ Ingangsdatum). */
function endDateOn(a: { startDate: string; endDate: string }, closedOn: string) {
  if (closedOn > a.endDate) return a.endDate;
  return closedOn < a.startDate ? a.startDate : closedOn;
}

/** The household's assignments matching `where`, with provider, product and the person's first name. */
async function householdAssignments(db: Executor, tenantId: string, householdId: string, where: SQL) {
  const rows = await db
    .select({
      a: assignment,
      organisationName: organisationNameOf<string>(assignment.tenantId, assignment.organisationId),
      productName: contractProduct.name,
      tariffCents: contractProduct.tariffCents,
    })
    .from(assignment)
    .innerJoin(contractProduct, productOfAssignment)
    .where(and(eq(assignment.tenantId, tenantId), eq(assignment.householdId, householdId), where))
    .orderBy(asc(assignment.assignmentNumber))
    .limit(200);
  const names = new Map(
    (await currentMembers(db, tenantId, householdId)).map((m) => [m.personId, m.firstName]),
  );
  return rows.map((r) => ({
    a: r.a,
    tariffCents: r.tariffCents,
    base: {
      id: r.a.id,
      assignmentNumber: r.a.assignmentNumber,
      personId: r.a.personId,
      personFirstName: names.get(r.a.personId) ?? '',
      organisationName: r.organisationName,
      productName: r.productName,
      planActionId: r.a.planActionId,
      status: r.a.status,
      startDate: r.a.startDate,
      endDate: r.a.endDate,
      startedOn: r.a.startedOn,
      budgetCents: r.a.budgetCents,
    },
  }));
}

/**
 * The household's assignments that are still open: waiting for approval, assigned, or started and
 * not yet ended by the municipality. With what closing the plan on `closedOn` would do to each.
 */
export async function listOpenAssignments(
  db: Executor,
  tenantId: string,
  householdId: string,
  closedOn: string,
): Promise<OpenAssignment[]> {
  const rows = await householdAssignments(
    db,
    tenantId,
    householdId,
    and(
      inArray(assignment.status, ['awaiting_approval', 'assigned', 'started']),
      isNull(assignment.endedOn),
    ) as SQL,
  );
  return rows.map(({ a, tariffCents, base }) => {
    const outcome: WithdrawOutcome =
      a.status === 'awaiting_approval' ? 'cancelled' : a.status === 'assigned' ? 'ended' : 'awaiting_stop';
    const newEndDate = endDateOn(a, closedOn);
    return {
      ...base,
      outcome,
      newEndDate,
      newBudgetCents:
        outcome === 'awaiting_stop'
          ? Math.min(
              a.budgetCents,
              computeBudgetCents(
                { volume: a.volume, frequency: a.frequency, startDate: a.startDate, endDate: newEndDate },
                tariffCents,
              ),
            )
          : 0,
    };
  });
}

/**
 * Ends every open assignment of the household because its plan closes on `closedOn` (iJw 3.4
 * "Intrekken", OP258): the assignment gets the closing date as its end date and RedenWijziging 05,
 * and the provider gets a JW301 with it — one per client and provider, holding all that client's
 * assignments with that provider still valid (OP087). Not started: status `ended`, budget released.
 * Started: the end date and budget shrink, and it stays `started` until the provider's JW307
 * (OP288: a started delivery always ends with a stop message). In the caller's transaction.
 */
export async function withdrawForClosure(
  tx: Executor,
  actor: Actor,
  householdId: string,
  closedOn: string,
  now: Date,
  ctx: RequestOrigin,
): Promise<OpenAssignment[]> {
  const open = await listOpenAssignments(tx, actor.tenantId, householdId, closedOn);
  const groups = new Map<string, string[]>();
  for (const o of open) {
    const a = await lockAssignment(tx, actor.tenantId, o.id);
    const where = and(eq(assignment.tenantId, actor.tenantId), eq(assignment.id, a.id));
    if (o.outcome === 'cancelled') {
      await tx
        .update(assignment)
        .set({ status: 'ended', endedOn: closedOn, budgetCents: 0, version: a.version + 1 })
        .where(where);
    } else {
      await tx
        .update(assignment)
        .set({
          status: o.outcome === 'ended' ? 'ended' : a.status,
          endDate: o.newEndDate,
          endedOn: closedOn,
          budgetCents: o.newBudgetCents,
          changeReason: WITHDRAW_REASON,
          version: a.version + 1,
        })
        .where(where);
      const key = `${a.personId}|${a.organisationId}`;
      groups.set(key, [...(groups.get(key) ?? []), a.id]);
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'assignment.withdraw',
      outcome: 'success',
      subjectType: 'assignment',
      subjectId: a.id,
      dataCategory: 'assignment',
      purpose: 'youth_care_assignment',
      ...ctx,
      details: {
        householdId,
        outcome: o.outcome,
        endDate: o.newEndDate,
        budgetCentsBefore: o.budgetCents,
        budgetCentsAfter: o.newBudgetCents,
      },
    });
  }
  for (const ids of groups.values()) {
    const [main, ...changed] = ids as [string, ...string[]];
    const first = open.find((o) => o.id === main);
    // OP087: the message also holds this client's other assignments with this provider still valid.
    const [row] = await tx
      .select({ organisationId: assignment.organisationId })
      .from(assignment)
      .where(and(eq(assignment.tenantId, actor.tenantId), eq(assignment.id, main)))
      .limit(1);
    if (!first || !row) throw new Error(`assignment ${main} disappeared while the plan closed`);
    const stillValid = await tx
      .select({ id: assignment.id })
      .from(assignment)
      .where(
        and(
          eq(assignment.tenantId, actor.tenantId),
          eq(assignment.personId, first.personId),
          eq(assignment.organisationId, row.organisationId),
          isNotNull(assignment.assignedAt),
          notInArray(assignment.status, ['awaiting_approval', 'rejected']),
          notInArray(assignment.id, ids),
          gte(assignment.endDate, closedOn),
        ),
      )
      .limit(50);
    try {
      await issueAssignment(tx, actor.tenantId, main, now, [...changed, ...stillValid.map((r) => r.id)]);
    } catch (e) {
      // Older assignments that overlap for the same product make the combined message fail TR302
      // (validated before anything is stored): then each ended assignment gets its own JW301.
      if (!(e instanceof ProblemError) || e.code !== 'ijw_message_invalid') throw e;
      for (const id of ids) await issueAssignment(tx, actor.tenantId, id, now);
    }
  }
  return open;
}

/** Started assignments the municipality ended that still wait for the provider's stop (JW307). */
export async function listAwaitingStop(
  db: Executor,
  tenantId: string,
  householdId: string,
): Promise<OpenAssignment[]> {
  const rows = await householdAssignments(
    db,
    tenantId,
    householdId,
    and(eq(assignment.status, 'started'), isNotNull(assignment.endedOn)) as SQL,
  );
  return rows.map(({ a, base }) => ({
    ...base,
    outcome: 'awaiting_stop' as const,
    newEndDate: a.endDate,
    newBudgetCents: a.budgetCents,
  }));
}
