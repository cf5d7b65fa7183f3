/**
 * In-app notifications: "n new tasks" for each user a task was assigned to (directly or through
 * their team). A notification holds a count and an app link only, never a name or dossier text.
 */
import { randomUUID } from 'node:crypto';
import { type NotificationList, type NotificationSettings, Role } from '@een-plan/contracts';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { listOrganisationUsers, listTeamUsers } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { decideTask } from '../policy/decide-task.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import type { DesiredTask } from './rules.ts';
import { notification, notificationSetting } from './schema.ts';

const TASKS_LINK = '/taken';
const NOTIFICATION_LIST_LIMIT = 50;

/**
 * The users a task reaches: its user, or the members of its team or organisation that the task
 * policy lets see it.
 */
async function recipients(db: Executor, tenantId: string, t: DesiredTask): Promise<string[]> {
  if (t.assigneeUserId) return [t.assigneeUserId];
  const organisationId = t.assigneeOrganisationId ?? null;
  const users = t.assigneeTeamId
    ? await listTeamUsers(db, tenantId, t.assigneeTeamId)
    : organisationId
      ? await listOrganisationUsers(db, tenantId, organisationId)
      : [];
  const facts = {
    tenantId,
    assigneeUserId: null,
    assigneeTeamId: t.assigneeTeamId,
    assigneeOrganisationId: organisationId,
    audienceRole: t.audienceRole,
  };
  return users
    .filter(
      (u) =>
        decideTask(
          {
            userId: u.id,
            tenantId,
            teamId: u.teamId,
            organisationId: u.organisationId,
            role: Role.parse(u.role),
          },
          'task.read',
          facts,
        ).allowed,
    )
    .map((u) => u.id);
}

export async function notifyNewTasks(
  tx: Executor,
  tenantId: string,
  tasks: readonly (DesiredTask & { id: string })[],
  now: Date,
): Promise<void> {
  const perUser = new Map<string, number>();
  for (const t of tasks) {
    for (const userId of await recipients(tx, tenantId, t))
      perUser.set(userId, (perUser.get(userId) ?? 0) + 1);
  }
  if (perUser.size === 0) return;
  await tx.insert(notification).values(
    [...perUser].map(([userId, n]) => ({
      tenantId,
      id: randomUUID(),
      userId,
      kind: 'tasks_assigned',
      count: n,
      link: TASKS_LINK,
      createdAt: now,
    })),
  );
}

export async function listNotifications(db: Executor, actor: Actor): Promise<NotificationList> {
  const mine = and(eq(notification.tenantId, actor.tenantId), eq(notification.userId, actor.userId));
  const rows = await db
    .select()
    .from(notification)
    .where(mine)
    .orderBy(desc(notification.createdAt))
    .limit(NOTIFICATION_LIST_LIMIT);
  const [unread] = await db
    .select({ n: count() })
    .from(notification)
    .where(and(mine, eq(notification.read, false)));
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      count: r.count,
      link: r.link,
      read: r.read,
      createdAt: r.createdAt.toISOString(),
    })),
    unread: Number(unread?.n ?? 0),
  };
}

/** Marks the user's own notifications read (others' ids are simply not touched). */
export async function markNotificationsRead(
  db: Executor,
  actor: Actor,
  ids: readonly string[] | undefined,
): Promise<{ updated: number }> {
  const rows = await db
    .update(notification)
    .set({ read: true })
    .where(
      and(
        eq(notification.tenantId, actor.tenantId),
        eq(notification.userId, actor.userId),
        eq(notification.read, false),
        ids ? inArray(notification.id, ids.length > 0 ? [...ids] : ['']) : undefined,
      ),
    )
    .returning({ id: notification.id });
  return { updated: rows.length };
}

export async function getNotificationSettings(db: Executor, actor: Actor): Promise<NotificationSettings> {
  const [row] = await db
    .select({ emailDigest: notificationSetting.emailDigest })
    .from(notificationSetting)
    .where(
      and(eq(notificationSetting.tenantId, actor.tenantId), eq(notificationSetting.userId, actor.userId)),
    )
    .limit(1);
  return { emailDigest: row?.emailDigest ?? true };
}

export async function saveNotificationSettings(
  db: Executor,
  actor: Actor,
  input: NotificationSettings,
  origin: RequestOrigin,
): Promise<NotificationSettings> {
  const now = new Date();
  await db
    .insert(notificationSetting)
    .values({
      tenantId: actor.tenantId,
      userId: actor.userId,
      emailDigest: input.emailDigest,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [notificationSetting.tenantId, notificationSetting.userId],
      set: { emailDigest: input.emailDigest, updatedAt: now },
    });
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'notification_settings.save',
    outcome: 'success',
    subjectType: 'user',
    subjectId: actor.userId,
    dataCategory: 'notification_settings',
    purpose: 'work_list',
    ...origin,
    details: { emailDigest: input.emailDigest },
  });
  return input;
}
