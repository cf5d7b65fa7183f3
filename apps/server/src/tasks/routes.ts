import {
  DISMISS_REASON_MAX,
  DISMISS_REASON_MIN,
  DismissTaskRequest,
  MarkNotificationsReadRequest,
  NotificationList,
  NotificationSettings,
  Problem,
  Task,
  TaskCount,
  TaskList,
  TaskListQuery,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { problemCatalog } from '../http/problem-catalog.ts';
import { ProblemError } from '../http/problems.ts';
import { actorOf, requestOrigin } from '../policy/request-context.ts';
import { PROFESSIONAL_ROLES, policies } from '../policy/route-policy.ts';
import {
  getNotificationSettings,
  listNotifications,
  markNotificationsRead,
  saveNotificationSettings,
} from './notifications.ts';
import { closeTask, countTasks, listTasks } from './service.ts';

const tags = ['tasks'];
const IdParams = z.object({ id: z.string().min(1).max(100) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const taskPolicy = policies.roles(...PROFESSIONAL_ROLES);

export const taskRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/tasks',
    {
      config: { policy: taskPolicy },
      schema: {
        tags,
        summary: 'My tasks and my team’s, by due date (open by default), a page at a time',
        description: 'Keyset pages: send back `nextCursor` as `cursor` for the next page (decision 0031).',
        querystring: TaskListQuery,
        response: { 200: TaskList, ...errors },
      },
    },
    async (request) => listTasks(db, actorOf(request), request.query),
  );

  app.get(
    '/api/tasks/count',
    {
      config: { policy: taskPolicy },
      schema: {
        tags,
        summary: 'How many open tasks I have (for the header badge)',
        response: { 200: TaskCount, ...errors },
      },
    },
    async (request) => countTasks(db, actorOf(request)),
  );

  app.post(
    '/api/tasks/:id/done',
    {
      config: { policy: taskPolicy },
      schema: {
        tags,
        summary: 'Mark a task done',
        params: IdParams,
        response: { 200: Task, ...errors },
      },
    },
    async (request) =>
      closeTask(db, actorOf(request), request.params.id, { status: 'done' }, requestOrigin(request)),
  );

  app.post(
    '/api/tasks/:id/dismiss',
    {
      config: { policy: taskPolicy },
      schema: {
        tags,
        summary: 'Dismiss a task, with the reason why it needs no action',
        params: IdParams,
        body: DismissTaskRequest,
        response: { 200: Task, ...errors },
      },
    },
    async (request) => {
      const reason = request.body.reason?.trim() ?? '';
      if (reason.length < DISMISS_REASON_MIN || reason.length > DISMISS_REASON_MAX) {
        const { message } = problemCatalog.task_reason_required;
        throw new ProblemError('task_reason_required', undefined, [
          { path: 'body.reason', code: 'required', message },
        ]);
      }
      return closeTask(
        db,
        actorOf(request),
        request.params.id,
        { status: 'dismissed', reason },
        requestOrigin(request),
      );
    },
  );

  app.get(
    '/api/notifications',
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary: 'My latest notifications (counts and links only)',
        response: { 200: NotificationList, ...errors },
      },
    },
    async (request) => listNotifications(db, actorOf(request)),
  );

  app.post(
    '/api/notifications/read',
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary: 'Mark my notifications read (the given ones, or all)',
        body: MarkNotificationsReadRequest,
        response: { 200: z.object({ updated: z.number().int() }), ...errors },
      },
    },
    async (request) => markNotificationsRead(db, actorOf(request), request.body.ids),
  );

  app.get(
    '/api/me/notification-settings',
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary: 'My notification settings (the daily e-mail)',
        response: { 200: NotificationSettings, ...errors },
      },
    },
    async (request) => getNotificationSettings(db, actorOf(request)),
  );

  app.put(
    '/api/me/notification-settings',
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary: 'Turn the daily e-mail on or off',
        body: NotificationSettings,
        response: { 200: NotificationSettings, ...errors },
      },
    },
    async (request) => saveNotificationSettings(db, actorOf(request), request.body, requestOrigin(request)),
  );
};
