import { z } from 'zod';
import { NextCursor, PageCursor } from './problem.ts';

/**
 * The kinds of task the rules create. Open for later rules (safety, crisis, rights, toekomstplan):
 * add a kind here and a rule in the server's tasks module.
 */
export const TaskKind = z.enum([
  'approval_waiting',
  'signal_past_norm',
  'evaluation_due',
  'start_overdue',
  'consent_expiring',
  'veilig_thuis_triage',
  'safety',
  'crisis',
  'rights',
  'toekomstplan',
  'crisis_exit_plan_due',
  'crisis_handover_due',
  'measure_deadline',
  /** Toekomstplan topics not done when the youth turns 17, and again at 17½. */
  'future_plan_at_17',
  'future_plan_at_17_half',
  /** Plekvrij: a coordinator holds one of the provider's places; the provider confirms or declines. */
  'reservation_waiting',
  /** A check of the safety plan whose date passed without being recorded. */
  'safety_check_missed',
  /** Someone's latest score on the safety scale is at or below the tenant's threshold. */
  'safety_scale_low',
  /** An erasure request (Jeugdwet 7.3.9) waits for its decision: due on the legal term's last day. */
  'erasure_due',
]);
export type TaskKind = z.infer<typeof TaskKind>;

export const TaskStatus = z.enum(['open', 'done', 'dismissed']);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const TaskSubjectType = z.enum([
  'assignment',
  'referral',
  'plan',
  'consent',
  'household',
  'crisis_episode',
  'protection_measure',
  'future_plan',
  'rights_case',
  'veilig_thuis_report',
  'placement_reservation',
  'safety_check',
  'erasure_request',
]);
export type TaskSubjectType = z.infer<typeof TaskSubjectType>;

export const Task = z.object({
  id: z.string(),
  kind: TaskKind,
  subjectType: TaskSubjectType,
  subjectId: z.string(),
  householdId: z.string().nullable(),
  /** Where the subject is in the web app (a path such as /huishoudens/hh-1/plan). */
  link: z.string(),
  assignee: z.discriminatedUnion('type', [
    z.object({ type: z.literal('user'), userId: z.string() }),
    z.object({ type: z.literal('team'), teamId: z.string() }),
    z.object({ type: z.literal('organisation'), organisationId: z.string() }),
  ]),
  dueDate: z.iso.date(),
  overdue: z.boolean(),
  status: TaskStatus,
  closedReason: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type Task = z.infer<typeof Task>;

export const TASKS_PAGE_SIZE = 20;

export const TaskListQuery = z.object({
  status: TaskStatus.default('open'),
  cursor: PageCursor.optional(),
  pageSize: z.coerce.number().int().min(1).max(100).default(TASKS_PAGE_SIZE),
});
export type TaskListQuery = z.input<typeof TaskListQuery>;

export const TaskList = z.object({
  items: z.array(Task),
  /** All of the list's tasks, not only this page's (the home's "Alle taken (n)"). */
  total: z.number().int(),
  nextCursor: NextCursor,
});
export type TaskList = z.infer<typeof TaskList>;

export const TaskCount = z.object({ open: z.number().int(), overdue: z.number().int() });
export type TaskCount = z.infer<typeof TaskCount>;

/** The reason is checked by the server (problem `task_reason_required`), so its message is specific. */
export const DismissTaskRequest = z.object({ reason: z.string().max(2000).optional() });
export const DISMISS_REASON_MIN = 3;
export const DISMISS_REASON_MAX = 500;
export type DismissTaskRequest = z.infer<typeof DismissTaskRequest>;

export const Notification = z.object({
  id: z.string(),
  kind: z.string(),
  count: z.number().int(),
  link: z.string(),
  read: z.boolean(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationList = z.object({
  items: z.array(Notification),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationList>;

export const MarkNotificationsReadRequest = z.object({
  /** The notifications to mark read; absent: all of mine. */
  ids: z.array(z.string().min(1).max(100)).max(200).optional(),
});
export type MarkNotificationsReadRequest = z.infer<typeof MarkNotificationsReadRequest>;

export const NotificationSettings = z.object({ emailDigest: z.boolean() });
export type NotificationSettings = z.infer<typeof NotificationSettings>;
