import type { Notification } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markAllNotificationsRead, notificationsQuery, taskKeys } from '../../api/tasks-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatMoment } from '../../i18n/dates.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import './tasks.css';

/** The newest few are shown; the rest on request. */
const NOTIFICATIONS_SHOWN = 5;
/** The page this panel sits on: a notification that links here needs no link. */
const HERE = '/taken';

/** "Meldingen": the person's in-app notifications (counts and links only), new ones marked. */
export function NotificationsPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const notifications = useQuery(notificationsQuery);
  const markAll = useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: taskKeys.notifications });
      // The button goes away; keep the keyboard user's place.
      document.getElementById(headingId)?.focus();
    },
  });
  const unread = notifications.data?.unread ?? 0;
  return (
    <section className="notifications" aria-labelledby={headingId}>
      <div className="notifications__header">
        <Heading level={2} id={headingId} tabIndex={-1}>
          {t('notifications.title')}
        </Heading>
        {unread > 0 && (
          <StatusBadge status="warning">{t('notifications.unread', { count: unread })}</StatusBadge>
        )}
        {unread > 0 && (
          <Button busy={markAll.isPending} disabled={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </div>
      <p role="status" className="notifications__status">
        {markAll.isSuccess && unread === 0 ? t('notifications.allRead') : ''}
      </p>
      {markAll.isError && (
        <p role="alert" className="tasks-list__error">
          {errorMessage(markAll.error, language, t)}
        </p>
      )}
      {notifications.isPending && <LoadingState />}
      {notifications.isError && (
        <ErrorState error={notifications.error} onRetry={() => void notifications.refetch()} />
      )}
      {notifications.isSuccess && notifications.data.items.length === 0 && (
        <Paragraph>{t('notifications.empty')}</Paragraph>
      )}
      {notifications.isSuccess && notifications.data.items.length > 0 && (
        <>
          <ul className="notifications__list">
            {(showAll
              ? notifications.data.items
              : notifications.data.items.slice(0, NOTIFICATIONS_SHOWN)
            ).map((n) => (
              <NotificationItem key={n.id} notification={n} language={language} />
            ))}
          </ul>
          {notifications.data.items.length > NOTIFICATIONS_SHOWN && (
            <Button appearance="subtle" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
              {showAll
                ? t('notifications.showFewer')
                : t('notifications.showAll', { count: notifications.data.items.length })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function NotificationItem({
  notification: n,
  language,
}: {
  notification: Notification;
  language: 'nl' | 'en';
}) {
  const { t } = useTranslation();
  const text =
    n.kind === 'tasks_assigned'
      ? t('notifications.tasksAssigned', { count: n.count })
      : t('notifications.other');
  return (
    <li className={`notifications__item${n.read ? '' : ' notifications__item--unread'}`}>
      <span className="notifications__text">{text}</span>
      <span className="notifications__meta">
        <time dateTime={n.createdAt}>{formatMoment(n.createdAt, language)}</time>
        {!n.read && <StatusBadge status="active">{t('notifications.isNew')}</StatusBadge>}
        {n.link !== HERE && n.link.startsWith('/') && (
          <Link to={n.link as '/'}>{t('notifications.open')}</Link>
        )}
      </span>
    </li>
  );
}
