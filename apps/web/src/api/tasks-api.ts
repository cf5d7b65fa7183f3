import type {
  NotificationList,
  NotificationSettings,
  Task,
  TaskCount,
  TaskList,
  TaskStatus,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';
import { keysetPagesQuery } from './keyset-pages.ts';

export const taskKeys = {
  all: ['tasks'] as const,
  list: (status: TaskStatus, pageSize: number) => ['tasks', 'list', status, pageSize] as const,
  count: ['tasks', 'count'] as const,
  settings: ['notification-settings'] as const,
  notifications: ['notifications'] as const,
};

/** My tasks by due date, page by page, each after the last one's cursor (decision 0031). */
export const tasksQuery = (status: TaskStatus, pageSize: number) =>
  keysetPagesQuery<TaskList, ReturnType<typeof taskKeys.list>>(
    taskKeys.list(status, pageSize),
    '/api/tasks',
    {
      status,
      pageSize,
    },
  );

export const taskCountQuery = queryOptions({
  queryKey: taskKeys.count,
  queryFn: () => apiGet<TaskCount>('/api/tasks/count'),
  // The header badge stays current while the person works.
  refetchInterval: 120_000,
});

export const notificationSettingsQuery = queryOptions({
  queryKey: taskKeys.settings,
  queryFn: () => apiGet<NotificationSettings>('/api/me/notification-settings'),
});

export const markTaskDone = (id: string) =>
  apiSend<Task>('POST', `/api/tasks/${encodeURIComponent(id)}/done`);

export const dismissTask = (id: string, reason: string) =>
  apiSend<Task>('POST', `/api/tasks/${encodeURIComponent(id)}/dismiss`, { reason });

export const saveNotificationSettings = (settings: NotificationSettings) =>
  apiSend<NotificationSettings>('PUT', '/api/me/notification-settings', settings);

export const notificationsQuery = queryOptions({
  queryKey: taskKeys.notifications,
  queryFn: () => apiGet<NotificationList>('/api/notifications'),
});

/** Marks all of my notifications read (no ids: all). */
export const markAllNotificationsRead = () =>
  apiSend<{ updated: number }>('POST', '/api/notifications/read', {});
