import type { TaskStatus } from '@een-plan/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { NotificationsPanel } from './NotificationsPanel.tsx';
import { TasksPanel } from './TasksPanel.tsx';

const STATUS_LABEL = {
  open: 'tasks.showOpen',
  done: 'tasks.showClosed',
  dismissed: 'tasks.showDismissed',
} as const;

/** "Mijn taken": every open task of the person and their team, by due date; closed ones on request. */
export function TasksPage() {
  const { t } = useTranslation();
  usePageTitle(t('tasks.title'));
  const [status, setStatus] = useState<TaskStatus>('open');
  return (
    <div>
      <Heading level={1}>{t('tasks.title')}</Heading>
      <Paragraph lead>{t('tasks.intro')}</Paragraph>
      <NotificationsPanel />
      {/* Visible: below the notifications, the tasks need their own heading. */}
      <Heading level={2}>{t(STATUS_LABEL[status])}</Heading>
      <fieldset className="language-switch tasks-filter">
        <legend className="visually-hidden">{t('tasks.filterLabel')}</legend>
        <Button appearance="subtle" pressed={status === 'open'} onClick={() => setStatus('open')}>
          {t('tasks.showOpen')}
        </Button>
        <Button appearance="subtle" pressed={status === 'done'} onClick={() => setStatus('done')}>
          {t('tasks.showClosed')}
        </Button>
        <Button appearance="subtle" pressed={status === 'dismissed'} onClick={() => setStatus('dismissed')}>
          {t('tasks.showDismissed')}
        </Button>
      </fieldset>
      <TasksPanel key={status} status={status} />
    </div>
  );
}
