import type { AssignmentRequest, AssignmentRequestDecision, IjwRefusalReason } from '@een-plan/contracts';
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type AuditEvent, recordAudit } from '../audit/record.ts';
import { type Db, type Executor, inTransaction } from '../db/database.ts';
import { asTimestamp, DbTimestamp, rowsAfter } from '../db/keyset.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import { type BoundScope, householdIdsInScope } from '../households/scope-condition.ts';
import { decodeCursor, splitPage } from '../http/page-cursor.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decideRequest, listsOwnHouseholdRequests } from '../policy/decide-request.ts';
import type { HouseholdScope } from '../policy/household-scope.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { refuseRequest } from './requests-answer.ts';
import { grantAssignmentRequest, grantChangeRequest } from './requests-grant.ts';
import { selectRequests, toRequests } from './requests-rows.ts';
import { assignmentRequest } from './requests-schema.ts';

export { providerRequestOverview } from './requests-provider.ts';
export { submitAssignmentRequest, submitChangeRequest } from './requests-submit.ts';

/** What a team's audit event on requests names besides its action: the kind of subject, category and purpose. */
const TEAM_REQUEST_AUDIT = {
  subjectType: 'assignment_request',
  dataCategory: 'assignment',
  purpose: 'youth_care_assignment',
} as const;

/** A team's successful list, read or decision of requests, in the audit log. */
function auditRequests(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  event: Pick<AuditEvent, 'action' | 'subjectId' | 'details'>,
) {
  return recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    outcome: 'success',
    ...TEAM_REQUEST_AUDIT,
    ...ctx,
    ...event,
  });
}

async function authorizeRequest(
  tx: Executor,
  actor: Actor,
  request: typeof assignmentRequest.$inferSelect,
  action: 'request.read' | 'request.decide',
  ctx: RequestOrigin,
) {
  const { householdId } = request;
  const { facts } = await authorize(tx, actor, ctx, {
    load: () => (householdId ? findHouseholdFacts(tx, actor.tenantId, householdId) : Promise.resolve(null)),
    decide: (facts) => decideRequest(actor, action, { tenantId: actor.tenantId, ...facts }),
    attempt: {
      ...TEAM_REQUEST_AUDIT,
      action: action === 'request.read' ? 'assignment_request.read' : 'assignment_request.decide',
      subjectId: request.id,
    },
    // Not the team's request: "not found", like another team's household.
    answer: 'not_found',
  });
  return facts;
}

/** Whose requests the actor's list covers: the team's households, and a coordinator's own; null: none. */
function teamRequestScope(actor: Actor): HouseholdScope | null {
  const scope = {
    ...(actor.teamId ? { teamId: actor.teamId } : {}),
    ...(listsOwnHouseholdRequests(actor) ? { coordinatorId: actor.userId } : {}),
  };
  return scope.teamId || scope.coordinatorId ? scope : null;
}

/** The shape of the actor's open-request count in a prepared statement, and the values it is executed with. */
export interface OpenRequestCountShape {
  /** Part of the caller's statement name: the scope's parts ('' when the actor has no list). */
  key: string;
  values: { requestCoordinatorId: string | undefined; requestTeamId: string | undefined };
}

/** Which placeholders the actor's open-request count takes (cheap: no SQL is built). */
export function openTeamRequestShape(actor: Actor): OpenRequestCountShape {
  const scope = teamRequestScope(actor);
  return {
    key: `${scope?.coordinatorId ? 'c' : ''}${scope?.teamId ? 't' : ''}`,
    values: { requestCoordinatorId: scope?.coordinatorId, requestTeamId: scope?.teamId },
  };
}

/**
 * How many requests of the actor's list are open, as a scalar subquery for the caller's prepared
 * statement (the home composes it with its other figures), built once per shape: the tenant is the
 * placeholder `tenantId`, the scope `requestCoordinatorId` and `requestTeamId` (openTeamRequestShape
 * gives their values). A count names nobody, so it is not an audited read.
 */
export function openTeamRequestCount(db: Executor, shape: Pick<OpenRequestCountShape, 'key'>): SQL<number> {
  if (shape.key === '') return sql<number>`0`;
  const tenantId = sql.placeholder('tenantId');
  const scope: BoundScope = {
    coordinatorId: shape.key.includes('c') ? sql.placeholder('requestCoordinatorId') : undefined,
    teamId: shape.key.includes('t') ? sql.placeholder('requestTeamId') : undefined,
  };
  return sql<number>`(select count(*)::int from ${assignmentRequest} where ${and(
    eq(assignmentRequest.tenantId, tenantId),
    eq(assignmentRequest.status, 'open'),
    inArray(assignmentRequest.householdId, householdIdsInScope(db, tenantId, scope)),
  )})`;
}

/** The request list's cursor: the last request's creation time as stored, and its id. */
const RequestListCursor = z.tuple([DbTimestamp, z.string().min(1).max(64)]);

/**
 * The requests for clients of the actor's team (or own households), newest first, a page at a time
 * after the cursor's row (decision 0031).
 */
export async function listTeamRequests(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  query: { status?: 'open' | 'granted' | 'refused'; cursor?: string | undefined; limit: number },
): Promise<{ requests: AssignmentRequest[]; nextCursor: string | null }> {
  const after = decodeCursor(RequestListCursor, query.cursor);
  const scope = teamRequestScope(actor);
  if (!scope) return { requests: [], nextCursor: null };
  const fetched = await selectRequests(db)
    .where(
      and(
        eq(assignmentRequest.tenantId, actor.tenantId),
        inArray(assignmentRequest.householdId, householdIdsInScope(db, actor.tenantId, scope)),
        ...(query.status ? [eq(assignmentRequest.status, query.status)] : []),
        after
          ? rowsAfter(
              [assignmentRequest.createdAt, assignmentRequest.id],
              [asTimestamp(after[0]), after[1]],
              'desc',
            )
          : undefined,
      ),
    )
    .orderBy(desc(assignmentRequest.createdAt), desc(assignmentRequest.id))
    .limit(query.limit + 1);
  const { page, nextCursor } = splitPage(fetched, query.limit, (last) => [last.createdAtText, last.r.id]);
  await auditRequests(db, actor, ctx, {
    action: 'assignment_request.list',
    details: { count: page.length, status: query.status ?? null },
  });
  return { requests: await toRequests(db, actor.tenantId, page, { householdName: true }), nextCursor };
}

async function loadRequest(tx: Executor, tenantId: string, id: string, lock: boolean) {
  const q = tx
    .select()
    .from(assignmentRequest)
    .where(and(eq(assignmentRequest.tenantId, tenantId), eq(assignmentRequest.id, id)))
    .limit(1);
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new ProblemError('not_found');
  return row;
}

export async function getTeamRequest(
  db: Db,
  actor: Actor,
  id: string,
  ctx: RequestOrigin,
): Promise<AssignmentRequest> {
  const request = await loadRequest(db, actor.tenantId, id, false);
  await authorizeRequest(db, actor, request, 'request.read', ctx);
  const [row] = await selectRequests(db)
    .where(and(eq(assignmentRequest.tenantId, actor.tenantId), eq(assignmentRequest.id, id)))
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  await auditRequests(db, actor, ctx, {
    action: 'assignment_request.read',
    subjectId: id,
    details: { householdId: request.householdId },
  });
  const [answer] = await toRequests(db, actor.tenantId, [row], { householdName: true });
  return answer as AssignmentRequest;
}

/** Grant (assignment + JW301 with the ReferentieAanbieder) or refuse (JW319) a request. */
export async function decideTeamRequest(
  db: Executor,
  actor: Actor,
  id: string,
  input: z.output<typeof AssignmentRequestDecision>,
  ctx: RequestOrigin,
  opts: { now?: Date } = {},
): Promise<{ status: 'granted' | 'refused'; assignmentId: string | null }> {
  return inTransaction(db, async (tx) => {
    const request = await loadRequest(tx, actor.tenantId, id, true);
    const facts = await authorizeRequest(tx, actor, request, 'request.decide', ctx);
    if (request.status !== 'open') throw new ProblemError('request_not_open');
    if (request.version !== input.version) {
      throw new ProblemError('version_conflict', undefined, undefined, request.version);
    }
    const now = opts.now ?? new Date();
    let assignmentId: string | null = null;
    if (input.decision === 'grant') {
      const result =
        request.kind === 'toewijzing'
          ? await grantAssignmentRequest(tx, actor, request, facts.memberPersonIds, now)
          : await grantChangeRequest(tx, actor, request, now);
      assignmentId = result.assignmentId;
      await tx
        .update(assignmentRequest)
        .set({
          status: 'granted',
          grantedAssignmentId: result.assignmentId,
          answerMessageId: result.messageId,
          decidedBy: actor.userId,
          decidedAt: now,
          version: request.version + 1,
        })
        .where(and(eq(assignmentRequest.tenantId, actor.tenantId), eq(assignmentRequest.id, id)));
    } else {
      await refuseRequest(
        tx,
        request,
        { reason: input.reason as IjwRefusalReason, municipality: input.municipality },
        actor.userId,
        now,
      );
    }
    await auditRequests(tx, actor, ctx, {
      action: 'assignment_request.decide',
      subjectId: id,
      details: {
        decision: input.decision,
        kind: request.kind,
        reason: input.reason,
        assignmentId,
        householdId: request.householdId,
      },
    });
    return { status: input.decision === 'grant' ? 'granted' : 'refused', assignmentId };
  });
}
