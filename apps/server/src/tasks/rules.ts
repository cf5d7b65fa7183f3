/**
 * The task rules: for one tenant (and optionally one household), which tasks should be open now.
 * Each rule asks the owning module for its facts (never its tables) and says who answers.
 */
import {
  CRISIS_REMINDER_DAYS,
  EVALUATION_DUE_DAYS,
  FUTURE_PLAN_ALERT_MONTHS,
  MEASURE_REMINDER_DAYS,
  type TaskKind,
  type TaskSubjectType,
} from '@een-plan/contracts';
import { assignmentsAwaitingApproval, assignmentsWithStartOverdue } from '../assignments/task-facts.ts';
import { listUsersWithRole } from '../auth/users.ts';
import { consentsExpiring } from '../consent/task-facts.ts';
import { crisisExitPlansDue, crisisHandoversDue } from '../crisis/task-facts.ts';
import type { Executor } from '../db/database.ts';
import { futurePlansWithTopicsOpenAt } from '../futurePlan/task-facts.ts';
import { householdOwners } from '../households/membership.ts';
import { reservationsAwaitingAnswer } from '../placements/task-facts.ts';
import { safetyChecksMissed, safetyScalesLow } from '../plans/safety-plan-task-facts.ts';
import { plansWithEvaluationDue } from '../plans/task-facts.ts';
import { measuresWithDeadline } from '../protection/task-facts.ts';
import { signalsNearFirstContactNorm } from '../referrals/task-facts.ts';
import { addDays, amsterdamDate } from '../referrals/working-days.ts';
import { erasureRequestsAwaitingDecision } from '../retention/task-facts.ts';
import { RIGHTS_TASK_LEAD_DAYS } from '../rights/deadlines.ts';
import { rightsCasesNearDeadline } from '../rights/task-facts.ts';
import { reportsAwaitingTriage } from '../safety/task-facts.ts';

/** A task that should be open. Exactly one of the user, team and organisation assignees is set. */
export interface DesiredTask {
  kind: TaskKind;
  subjectType: TaskSubjectType;
  subjectId: string;
  householdId: string | null;
  assigneeUserId: string | null;
  assigneeTeamId: string | null;
  /** Only the rules for organisations without teams (providers) set it. */
  assigneeOrganisationId?: string | null;
  audienceRole: string | null;
  dueDate: string;
}

interface RuleInput {
  tenantId: string;
  today: string;
  /** Limit to one household's subjects (rules that are not per household ignore it). */
  householdId?: string;
}

interface TaskRule {
  kind: TaskKind;
  /** Whether the rule's subjects belong to a household (so a household-scoped run covers them). */
  perHousehold: boolean;
  desired(db: Executor, input: RuleInput): Promise<DesiredTask[]>;
}

/** Days before a consent ends that the coordinator gets the task. */
const CONSENT_LEAD_DAYS = 30;

/** The household's coordinator, or its team when it has none yet; null when neither is known. */
async function toCoordinators<T extends { householdId: string }>(
  db: Executor,
  tenantId: string,
  rows: T[],
  make: (row: T) => Omit<DesiredTask, 'assigneeUserId' | 'assigneeTeamId' | 'audienceRole'>,
): Promise<DesiredTask[]> {
  const owners = await householdOwners(
    db,
    tenantId,
    rows.map((r) => r.householdId),
  );
  return rows.flatMap((r): DesiredTask[] => {
    const o = owners.get(r.householdId);
    if (o?.coordinatorId)
      return [{ ...make(r), assigneeUserId: o.coordinatorId, assigneeTeamId: null, audienceRole: null }];
    if (o?.teamId)
      return [{ ...make(r), assigneeUserId: null, assigneeTeamId: o.teamId, audienceRole: 'coordinator' }];
    return [];
  });
}

/** Rows with their one responsible user (a crisis worker, a GI caseworker) become that user's tasks. */
function toUser<T extends { id: string; householdId: string; dueDate: string | null }>(
  rows: T[],
  userOf: (row: T) => string | null,
  kind: TaskKind,
  subjectType: TaskSubjectType,
): DesiredTask[] {
  return rows.flatMap((r): DesiredTask[] => {
    const user = userOf(r);
    if (!user || !r.dueDate) return [];
    return [
      {
        kind,
        subjectType,
        subjectId: r.id,
        householdId: r.householdId,
        assigneeUserId: user,
        assigneeTeamId: null,
        audienceRole: null,
        dueDate: r.dueDate,
      },
    ];
  });
}

/** Toekomstplan: at 17 and again at 17½ the coordinator gets a task while topics are not done. */
function futurePlanRule(kind: TaskKind, ageMonths: number): TaskRule {
  return {
    kind,
    perHousehold: true,
    async desired(db, { tenantId, today, householdId }) {
      const rows = await futurePlansWithTopicsOpenAt(db, tenantId, today, ageMonths, householdId);
      return toCoordinators(db, tenantId, rows, (r) => ({
        kind,
        subjectType: 'future_plan',
        subjectId: r.id,
        householdId: r.householdId,
        dueDate: r.dueDate,
      }));
    },
  };
}

export const taskRules: readonly TaskRule[] = [
  {
    kind: 'approval_waiting',
    perHousehold: true,
    async desired(db, { tenantId, householdId }) {
      const rows = await assignmentsAwaitingApproval(db, tenantId, householdId);
      const owners = await householdOwners(
        db,
        tenantId,
        rows.map((r) => r.householdId),
      );
      return rows.flatMap((r) => {
        const teamId = owners.get(r.householdId)?.teamId;
        if (!teamId) return [];
        return [
          {
            kind: 'approval_waiting' as const,
            subjectType: 'assignment' as const,
            subjectId: r.id,
            householdId: r.householdId,
            assigneeUserId: null,
            assigneeTeamId: teamId,
            audienceRole: 'team_lead',
            dueDate: addDays(amsterdamDate(r.createdAt), 2),
          },
        ];
      });
    },
  },
  {
    kind: 'signal_past_norm',
    perHousehold: false,
    async desired(db, { tenantId, today }) {
      const rows = await signalsNearFirstContactNorm(db, tenantId, today);
      return rows.map((r) => ({
        kind: 'signal_past_norm' as const,
        subjectType: 'referral' as const,
        subjectId: r.id,
        householdId: r.householdId,
        assigneeUserId: r.coordinatorId,
        assigneeTeamId: r.coordinatorId ? null : r.teamId,
        audienceRole: null,
        dueDate: r.dueDate,
      }));
    },
  },
  {
    kind: 'evaluation_due',
    perHousehold: true,
    async desired(db, { tenantId, today, householdId }) {
      const rows = await plansWithEvaluationDue(
        db,
        tenantId,
        addDays(today, EVALUATION_DUE_DAYS),
        householdId,
      );
      return toCoordinators(db, tenantId, rows, (r) => ({
        kind: 'evaluation_due',
        subjectType: 'plan',
        subjectId: r.id,
        householdId: r.householdId,
        dueDate: r.dueDate,
      }));
    },
  },
  {
    // A check of the safety plan whose date passed unrecorded; recording it closes the task.
    kind: 'safety_check_missed',
    perHousehold: true,
    async desired(db, { tenantId, today, householdId }) {
      const rows = await safetyChecksMissed(db, tenantId, today, householdId);
      return toCoordinators(db, tenantId, rows, (r) => ({
        kind: 'safety_check_missed',
        subjectType: 'safety_check',
        subjectId: r.id,
        householdId: r.householdId,
        dueDate: r.dueDate,
      }));
    },
  },
  {
    // Someone feels unsafe (latest score at or below the threshold); a higher score closes it.
    kind: 'safety_scale_low',
    perHousehold: true,
    async desired(db, { tenantId, householdId }) {
      const rows = await safetyScalesLow(db, tenantId, householdId);
      return toCoordinators(db, tenantId, rows, (r) => ({
        kind: 'safety_scale_low',
        subjectType: 'plan',
        subjectId: r.id,
        householdId: r.householdId,
        dueDate: r.dueDate,
      }));
    },
  },
  {
    kind: 'start_overdue',
    perHousehold: true,
    async desired(db, { tenantId, today, householdId }) {
      const rows = await assignmentsWithStartOverdue(db, tenantId, today, householdId);
      return toCoordinators(db, tenantId, rows, (r) => ({
        kind: 'start_overdue',
        subjectType: 'assignment',
        subjectId: r.id,
        householdId: r.householdId,
        dueDate: r.dueDate,
      }));
    },
  },
  {
    kind: 'consent_expiring',
    perHousehold: true,
    async desired(db, { tenantId, today, householdId }) {
      const rows = await consentsExpiring(
        db,
        tenantId,
        today,
        addDays(today, CONSENT_LEAD_DAYS),
        householdId,
      );
      return toCoordinators(db, tenantId, rows, (r) => ({
        kind: 'consent_expiring',
        subjectType: 'consent',
        subjectId: r.id,
        householdId: r.householdId,
        dueDate: r.dueDate,
      }));
    },
  },
  {
    kind: 'crisis_exit_plan_due',
    perHousehold: true,
    async desired(db, { tenantId, today, householdId }) {
      const rows = await crisisExitPlansDue(db, tenantId, addDays(today, CRISIS_REMINDER_DAYS), householdId);
      return toUser(rows, (r) => r.crisisWorkerId, 'crisis_exit_plan_due', 'crisis_episode');
    },
  },
  {
    kind: 'crisis_handover_due',
    perHousehold: true,
    async desired(db, { tenantId, today, householdId }) {
      const rows = await crisisHandoversDue(db, tenantId, addDays(today, CRISIS_REMINDER_DAYS), householdId);
      return toUser(rows, (r) => r.crisisWorkerId, 'crisis_handover_due', 'crisis_episode');
    },
  },
  {
    kind: 'measure_deadline',
    perHousehold: true,
    async desired(db, { tenantId, today, householdId }) {
      const rows = await measuresWithDeadline(
        db,
        tenantId,
        today,
        addDays(today, MEASURE_REMINDER_DAYS),
        householdId,
      );
      return toUser(rows, (r) => r.caseworkerId, 'measure_deadline', 'protection_measure');
    },
  },
  futurePlanRule('future_plan_at_17', FUTURE_PLAN_ALERT_MONTHS.at17),
  futurePlanRule('future_plan_at_17_half', FUTURE_PLAN_ALERT_MONTHS.at17Half),
  {
    // A right's legal clock: the team lead answers second opinions and changes of coordinator,
    // the coordinator everything else (decision, objection, complaint), before the term passes.
    kind: 'rights',
    perHousehold: true,
    async desired(db, { tenantId, today, householdId }) {
      const rows = await rightsCasesNearDeadline(
        db,
        tenantId,
        addDays(today, RIGHTS_TASK_LEAD_DAYS),
        householdId,
      );
      const make = (r: (typeof rows)[number]) => ({
        kind: 'rights' as const,
        subjectType: 'rights_case' as const,
        subjectId: r.id,
        householdId: r.householdId,
        dueDate: r.dueDate,
      });
      const forLead = rows.filter((r) => r.kind === 'second_opinion' || r.kind === 'coordinator_change');
      const owners = await householdOwners(
        db,
        tenantId,
        forLead.map((r) => r.householdId),
      );
      const leadTasks = forLead.flatMap((r): DesiredTask[] => {
        const teamId = owners.get(r.householdId)?.teamId;
        return teamId
          ? [{ ...make(r), assigneeUserId: null, assigneeTeamId: teamId, audienceRole: 'team_lead' }]
          : [];
      });
      const coordinatorTasks = await toCoordinators(
        db,
        tenantId,
        rows.filter((r) => !forLead.includes(r)),
        make,
      );
      return [...leadTasks, ...coordinatorTasks];
    },
  },
  {
    // Providers have no teams in the model: the task is the provider organisation's, and every
    // person with the provider role there sees it (never a system key), whoever answers first.
    // Due the day the hold expires; confirming, declining, the coordinator's cancellation and
    // the expiry all end the hold, and so the task.
    kind: 'reservation_waiting',
    perHousehold: false,
    async desired(db, { tenantId }) {
      const rows = await reservationsAwaitingAnswer(db, tenantId);
      return rows.map(
        (r): DesiredTask => ({
          kind: 'reservation_waiting',
          subjectType: 'placement_reservation',
          subjectId: r.id,
          householdId: r.householdId,
          assigneeUserId: null,
          assigneeTeamId: null,
          assigneeOrganisationId: r.organisationId,
          audienceRole: 'provider',
          dueDate: r.dueDate,
        }),
      );
    },
  },
  {
    // An erasure request must be decided within its legal term (Jeugdwet 7.3.9): the administrator
    // who recorded it has the task from the day it came in. Not tied to the household: the task
    // is about the request, and outlives the dossier it may destroy without pointing at it.
    kind: 'erasure_due',
    perHousehold: false,
    async desired(db, { tenantId }) {
      const rows = await erasureRequestsAwaitingDecision(db, tenantId);
      return rows.map(
        (r): DesiredTask => ({
          kind: 'erasure_due',
          subjectType: 'erasure_request',
          subjectId: r.id,
          householdId: null,
          assigneeUserId: r.recordedBy,
          assigneeTeamId: null,
          audienceRole: null,
          dueDate: r.decideBy,
        }),
      );
    },
  },
  {
    // Veilig Thuis has no teams in the model yet: its first user (by id) receives the triage task,
    // from the day the report comes in until it is triaged (due: 5 working days).
    kind: 'veilig_thuis_triage',
    perHousehold: false,
    async desired(db, { tenantId }) {
      const rows = await reportsAwaitingTriage(db, tenantId);
      const [receiver] = rows.length > 0 ? await listUsersWithRole(db, tenantId, 'safety') : [];
      if (!receiver) return [];
      return rows.map((r) => ({
        kind: 'veilig_thuis_triage' as const,
        subjectType: 'veilig_thuis_report' as const,
        subjectId: r.id,
        householdId: r.householdId,
        assigneeUserId: receiver.id,
        assigneeTeamId: null,
        audienceRole: null,
        dueDate: r.dueDate,
      }));
    },
  },
];

export function ruleKey(kind: string, subjectId: string): string {
  return `${kind}:${subjectId}`;
}
