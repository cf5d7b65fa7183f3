import { DISMISS_REASON_MIN, TASKS_PAGE_SIZE, type Task, type TaskStatus } from '@een-plan/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissTask, markTaskDone, taskKeys, tasksQuery } from '../../api/tasks-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate } from '../referrals/format.ts';
import './tasks.css';

interface TasksPanelProps {
  /** Show at most this many (a home page's panel, with a link to all); without it: 20, then "Meer laden". */
  limit?: number;
  status?: TaskStatus;
  /** The level of each task's heading: 3 under a level-2 heading (a home's panel, the tasks page). */
  headingLevel?: 3 | 4;
}

/** The person's tasks (their own and their team's) with due date, link, Done and Dismiss. */
export function TasksPanel({ limit, status = 'open', headingLevel = 3 }: TasksPanelProps) {
  const { t } = useTranslation();
  const tasks = useInfiniteQuery(tasksQuery(status, limit ?? TASKS_PAGE_SIZE));
  if (tasks.isPending) return <LoadingState />;
  if (tasks.isError) return <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />;
  const items = tasks.data.pages.flatMap((p) => p.items);
  const total = tasks.data.pages[0]?.total ?? 0;
  if (items.length === 0) {
    return (
      <Paragraph className="tasks-empty">
        {status === 'open' ? t('tasks.empty') : t('tasks.emptyClosed')}
      </Paragraph>
    );
  }
  return (
    <div className="tasks-panel">
      <ul className="tasks-list">
        {items.map((task) => (
          <TaskItem key={task.id} task={task} headingLevel={headingLevel} />
        ))}
      </ul>
      {limit !== undefined && total > limit && (
        <Paragraph>
          <Link to="/taken">
            {t('tasks.allTasks')} ({total})
          </Link>
        </Paragraph>
      )}
      {limit === undefined && (
        <LoadMore
          hasMore={tasks.hasNextPage}
          loading={tasks.isFetchingNextPage}
          onLoad={() => void tasks.fetchNextPage()}
          label={t('tasks.loadMore')}
        />
      )}
    </div>
  );
}

function TaskItem({ task, headingLevel }: { task: Task; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [dismissing, setDismissing] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: taskKeys.all });
  const done = useMutation({ mutationFn: () => markTaskDone(task.id), onSuccess: refresh });
  const headingId = useId();
  // The router takes the fragment (a part of the page, such as one check of a safety plan) apart.
  const [path, hash] = task.link.split('#', 2);
  return (
    <li className="tasks-list__item" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} className="tasks-list__title">
        <Link to={path as '/'} hash={hash}>
          {t(`tasks.kind.${task.kind}`)}
        </Link>
      </Heading>
      <p className="tasks-list__meta">
        <span>{t('tasks.due', { date: formatDate(task.dueDate, language) })}</span>
        {task.overdue && <StatusBadge status="warning">{t('tasks.overdue')}</StatusBadge>}
        {task.assignee.type === 'team' && <StatusBadge>{t('tasks.forTeam')}</StatusBadge>}
        {task.assignee.type === 'organisation' && <StatusBadge>{t('tasks.forOrganisation')}</StatusBadge>}
        {task.status !== 'open' && <ClosedText task={task} />}
      </p>
      {task.status === 'open' && !dismissing && (
        <div className="tasks-list__actions">
          <Button
            appearance="primary-action"
            busy={done.isPending}
            disabled={done.isPending}
            onClick={() => done.mutate()}
          >
            {t('tasks.done')}
          </Button>
          <Button onClick={() => setDismissing(true)}>{t('tasks.dismiss')}</Button>
        </div>
      )}
      {done.isError && (
        <p role="alert" className="tasks-list__error">
          {errorMessage(done.error, language, t)}
        </p>
      )}
      {dismissing && <DismissForm task={task} onClose={() => setDismissing(false)} onDone={refresh} />}
    </li>
  );
}

function ClosedText({ task }: { task: Task }) {
  const { t } = useTranslation();
  if (task.status === 'dismissed') {
    return <span>{t('tasks.closedDismissed', { reason: task.closedReason ?? '' })}</span>;
  }
  return <span>{task.closedReason === 'resolved' ? t('tasks.closedResolved') : t('tasks.closedDone')}</span>;
}

function DismissForm({ task, onClose, onDone }: { task: Task; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const dismiss = useMutation({ mutationFn: (r: string) => dismissTask(task.id, r), onSuccess: onDone });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < DISMISS_REASON_MIN) {
      setInvalid(true);
      field.current?.focus();
      return;
    }
    setInvalid(false);
    dismiss.mutate(trimmed);
  };
  return (
    <form
      className="tasks-dismiss"
      aria-label={t('tasks.dismissTitle')}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
      noValidate
    >
      <div
        className={`utrecht-form-field utrecht-form-field--text${invalid ? ' utrecht-form-field--invalid' : ''}`}
      >
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id}>
            {t('tasks.dismissReason')}
          </label>
        </div>
        <p className="utrecht-form-field-description" id={`${id}-hint`}>
          {t('tasks.dismissHint')}
        </p>
        {invalid && (
          <p className="utrecht-form-field-error-message" id={`${id}-error`}>
            {t('tasks.dismissReasonRequired')}
          </p>
        )}
        <div className="utrecht-form-field__input">
          <textarea
            ref={field}
            id={id}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            maxLength={500}
            value={reason}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      </div>
      {dismiss.isError && (
        <p role="alert" className="tasks-list__error">
          {errorMessage(dismiss.error, language, t)}
        </p>
      )}
      <div className="tasks-list__actions">
        <Button
          type="submit"
          appearance="primary-action"
          busy={dismiss.isPending}
          disabled={dismiss.isPending}
        >
          {t('tasks.dismissConfirm')}
        </Button>
        <Button onClick={onClose}>{t('tasks.cancel')}</Button>
      </div>
    </form>
  );
}
