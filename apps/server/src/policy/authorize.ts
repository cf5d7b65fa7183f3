import { type AuditEvent, recordAudit } from '../audit/record.ts';
import { type Executor, isTransaction } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from './actor.ts';
import type { RequestOrigin } from './request-context.ts';

/** What the audit log says about an attempt: which action on which subject, for which purpose. */
export interface Attempt {
  action: string;
  subjectType: string;
  subjectId: string;
  dataCategory: string;
  purpose: string;
  /** Said next to the reason in a refusal's details (e.g. which section was asked). */
  details?: Record<string, string>;
}

/**
 * How a refusal is answered: `not_found` where even knowing the subject exists would leak
 * (a household), `forbidden` where the subject is already known to the asker.
 */
export type RefusalAnswer = 'forbidden' | 'not_found';

type Verdict = { allowed: true } | { allowed: false; reason: string };

/**
 * Records a refused attempt in the audit log and throws the problem: the one way a refusal leaves
 * the server, so none goes unrecorded.
 */
export async function refuse(
  db: Executor,
  actor: Actor,
  origin: RequestOrigin,
  attempt: Attempt,
  reason: string,
  answer: RefusalAnswer = 'forbidden',
): Promise<never> {
  const event: AuditEvent = {
    tenantId: actor.tenantId,
    actor,
    outcome: 'denied',
    ...attempt,
    requestId: origin.requestId,
    clientAddress: origin.clientAddress,
    details: { ...attempt.details, reason },
  };
  const problem = new ProblemError(answer);
  if (isTransaction(db)) {
    // Written inside the transaction, the row would roll back with it: the refusal would vanish.
    problem.pendingRefusal = event;
  } else {
    await recordAudit(db, event);
  }
  throw problem;
}

/**
 * Loads the facts, decides, records a refusal and throws it; returns the facts and the decision
 * when allowed. A subject that does not exist is refused as `not_found`, audited the same way.
 */
export async function authorize<F, V extends Verdict>(
  db: Executor,
  actor: Actor,
  origin: RequestOrigin,
  opts: {
    load: () => Promise<F | null>;
    decide: (facts: F) => V;
    attempt: Attempt;
    answer?: RefusalAnswer;
  },
): Promise<{ facts: F; decision: Extract<V, { allowed: true }> }> {
  const facts = await opts.load();
  if (facts === null) return refuse(db, actor, origin, opts.attempt, 'not_found', 'not_found');
  const decision = opts.decide(facts);
  if (!decision.allowed) {
    return refuse(db, actor, origin, opts.attempt, decision.reason, opts.answer ?? 'forbidden');
  }
  return { facts, decision: decision as Extract<V, { allowed: true }> };
}
