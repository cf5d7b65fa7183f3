/**
 * Tasks follow their events: after a successful write on a route that can change a rule's facts,
 * the rules of that route are reconciled for the actor's tenant (and the household in the URL,
 * when there is one) before the answer goes out. The domain modules do not know about tasks; this
 * table is the one place that says which routes touch which rules (decision record 0010). The
 * time-based job (`tasks/jobs.ts`) reconciles everything every 30 minutes as the safety net.
 */
import type { TaskKind } from '@een-plan/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { reconcileTasks } from './reconcile.ts';

const ASSIGNMENT_RULES: TaskKind[] = ['approval_waiting', 'start_overdue'];

/** Route patterns (Fastify's `routeOptions.url`) and the rules their writes can touch. */
export const TASK_EVENT_ROUTES: ReadonlyArray<{ pattern: RegExp; kinds: readonly TaskKind[] }> = [
  { pattern: /^\/api\/households\/:householdId\/assignments$/, kinds: ASSIGNMENT_RULES },
  { pattern: /^\/api\/assignments\/:id\/approval$/, kinds: ASSIGNMENT_RULES },
  { pattern: /^\/api\/provider\/assignments\/:id\/(start|stop)$/, kinds: ASSIGNMENT_RULES },
  { pattern: /^\/api\/ijw\/messages$/, kinds: ASSIGNMENT_RULES },
  { pattern: /^\/api\/assignment-requests\/:id\/decision$/, kinds: ASSIGNMENT_RULES },
  { pattern: /^\/api\/admin\/assignment-settings$/, kinds: ['start_overdue'] },
  { pattern: /^\/api\/referrals(\/|$)/, kinds: ['signal_past_norm'] },
  { pattern: /^\/api\/admin\/referral-settings$/, kinds: ['signal_past_norm'] },
  // A plan's changes move its evaluation; its closure ends assignments.
  // Its safety section's checks and scores raise and settle the safety tasks.
  {
    pattern: /^\/api\/households\/:householdId\/plan(\/|$)/,
    kinds: ['evaluation_due', 'safety_check_missed', 'safety_scale_low', ...ASSIGNMENT_RULES],
  },
  { pattern: /^\/api\/admin\/safety-plan-settings$/, kinds: ['safety_scale_low'] },
  { pattern: /^\/api\/households\/:householdId\/consents(\/|$)/, kinds: ['consent_expiring'] },
  // Each crisis step can start or meet a deadline; the tenant's maximum moves none of them.
  { pattern: /^\/api\/crisis\/episodes(\/|$)/, kinds: ['crisis_exit_plan_due', 'crisis_handover_due'] },
  { pattern: /^\/api\/protection\/measures(\/|$)/, kinds: ['measure_deadline'] },
  // Ticking off a topic can settle the toekomstplan's 17 / 17½ tasks.
  {
    pattern: /^\/api\/households\/:householdId\/future-plans\/:planId\/topics\/:topicKey$/,
    kinds: ['future_plan_at_17', 'future_plan_at_17_half'],
  },
  { pattern: /^\/api\/admin\/future-plan-topics$/, kinds: ['future_plan_at_17', 'future_plan_at_17_half'] },
  // A right's clock starts, moves (postponement, committee, acknowledgement) or stops (decision).
  { pattern: /^\/api\/households\/:householdId\/rights(\/|$)/, kinds: ['rights'] },
  // Plekvrij: a reservation is made, answered or cancelled (its expiry is the job's, jobs/jobs.ts).
  {
    pattern:
      /^\/api\/(placements\/:id\/reservations|placements\/reservations\/:id\/cancel|provider\/reservations\/:id\/answer)$/,
    kinds: ['reservation_waiting'],
  },
  // The resident files or withdraws: a withdrawal stops the clock, so its task goes.
  { pattern: /^\/api\/my\/rights(\/|$)/, kinds: ['rights'] },
  // Recording an erasure request starts its three-month clock; the decision stops it.
  { pattern: /^\/api\/admin\/retention\/erasure-requests(\/|$)/, kinds: ['erasure_due'] },
  {
    pattern: /^\/api\/safety\/(tracks\/:trackId\/reports|reports\/:reportId\/triage)$/,
    kinds: ['veilig_thuis_triage'],
  },
];

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes that a pattern above matches but that touch none of its rules' facts. Saving the plan's
 * content (vision, goals, actions) moves no evaluation date, closes nothing, keeps the safety
 * section as it is and ends no assignment: reconciling five rules after every draft save cost more
 * than the save itself.
 */
const NO_RULE_FACTS = new Set(['PUT /api/households/:householdId/plan']);

export function taskKindsForRoute(method: string, url: string | undefined): readonly TaskKind[] {
  if (!url || !WRITES.has(method) || NO_RULE_FACTS.has(`${method} ${url}`)) return [];
  const kinds = new Set<TaskKind>();
  for (const r of TASK_EVENT_ROUTES) if (r.pattern.test(url)) for (const k of r.kinds) kinds.add(k);
  return [...kinds];
}

function householdOf(request: FastifyRequest): string | undefined {
  const params = request.params as Record<string, unknown> | undefined;
  const id = params?.householdId;
  return typeof id === 'string' ? id : undefined;
}

export function registerTaskEventHook(app: FastifyInstance, db: Db): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode >= 300) return payload;
    const kinds = taskKindsForRoute(request.method, request.routeOptions.url);
    const tenantId = request.actor?.tenantId;
    if (kinds.length === 0 || !tenantId) return payload;
    try {
      await reconcileTasks(db, tenantId, { kinds, householdId: householdOf(request) });
    } catch (error) {
      // The event itself succeeded; the next scheduled run brings the tasks in line.
      request.log.error({ err: { message: (error as Error).message } }, 'task reconcile after event failed');
    }
    return payload;
  });
}
