import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { organisation, team } from '../tenancy/schema.ts';

/**
 * One task model for the whole product. A rule (`kind`) opens a task about one subject and the
 * event that resolves it closes it; `rule_key` (kind + subject) makes creating idempotent.
 * `kind` is open text on purpose: later rules (safety, crisis, rights, toekomstplan) add kinds.
 */
export const task = tenantTable(
  'task',
  {
    kind: text('kind').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    /** The household the subject belongs to, when there is one: for links and access. */
    householdId: text('household_id'),
    /** kind + ':' + subject id: one open-or-closed task per rule and subject. */
    ruleKey: text('rule_key').notNull(),
    /** Exactly one of user, team or organisation is set. */
    assigneeUserId: text('assignee_user_id'),
    assigneeTeamId: text('assignee_team_id'),
    /** An organisation without teams in the model (a provider): its people in the audience role. */
    assigneeOrganisationId: text('assignee_organisation_id'),
    /** For a team or organisation task: which role it is for (null: everyone in it). */
    audienceRole: text('audience_role'),
    dueDate: date('due_date').notNull(),
    /** open | done | dismissed */
    status: text('status').notNull().default('open'),
    /** 'resolved' when the event closed it; the person's reason when dismissed. */
    closedReason: text('closed_reason'),
    closedBy: text('closed_by'),
    createdAt: column.writtenAt('created_at'),
    closedAt: column.moment('closed_at'),
  },
  (t) => [
    uniqueIndex('task_rule_key_idx').on(t.tenantId, t.ruleKey),
    tenantForeignKey(t, t.assigneeUserId, appUser),
    tenantForeignKey(t, t.assigneeTeamId, team),
    tenantForeignKey(t, t.assigneeOrganisationId, organisation),
    // The task list's order and keyset (decision 0031) per audience; status second, so the open
    // count and a list of closed tasks use them too.
    index('task_user_list_idx').on(t.tenantId, t.assigneeUserId, t.status, t.dueDate, t.createdAt, t.id),
    index('task_team_list_idx').on(t.tenantId, t.assigneeTeamId, t.status, t.dueDate, t.createdAt, t.id),
    index('task_organisation_list_idx').on(
      t.tenantId,
      t.assigneeOrganisationId,
      t.status,
      t.dueDate,
      t.createdAt,
      t.id,
    ),
    index('task_kind_household_idx').on(t.tenantId, t.kind, t.householdId),
  ],
);

/** An in-app notification for one user: "n new tasks" with a link; never personal data. */
export const notification = tenantTable(
  'notification',
  {
    userId: text('user_id').notNull(),
    kind: text('kind').notNull(),
    count: integer('count').notNull().default(1),
    /** An app path (e.g. /taken); no names, no BSN. */
    link: text('link').notNull(),
    taskId: text('task_id'),
    read: boolean('read').notNull().default(false),
    /** Set once the daily digest mentioned it. */
    emailedAt: column.moment('emailed_at'),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    tenantForeignKey(t, t.userId, appUser).onDelete('cascade'),
    index('notification_user_idx').on(t.tenantId, t.userId, t.createdAt),
    index('notification_digest_idx').on(t.tenantId, t.userId).where(sql`emailed_at is null`),
  ],
);

/** Per-user notification choices (absent row = defaults: the daily e-mail is on). */
export const notificationSetting = pgTable(
  'notification_setting',
  {
    tenantId: column.tenantId(),
    userId: text('user_id').notNull(),
    emailDigest: boolean('email_digest').notNull().default(true),
    updatedAt: column.writtenAt('updated_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    tenantForeignKey(t, t.userId, appUser).onDelete('cascade'),
  ],
);
