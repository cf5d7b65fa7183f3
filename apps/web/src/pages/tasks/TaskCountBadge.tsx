import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { taskCountQuery } from '../../api/tasks-api.ts';
import { Link } from '../../components/Link.tsx';

/** The header's link to "Mijn taken" with the number of open tasks (read out as "3 open taken"). */
export function TaskCountBadge() {
  const { t } = useTranslation();
  const count = useQuery(taskCountQuery);
  const open = count.data?.open ?? 0;
  return (
    <Link
      to="/taken"
      className="task-count-badge"
      aria-label={count.isSuccess ? t('tasks.count', { count: open }) : t('tasks.nav')}
    >
      <span aria-hidden="true">{t('tasks.nav')}</span>
      {/* While the count loads its place is kept (invisible), so the header does not widen and
          wrap to a second line when the number arrives. */}
      {count.isPending && (
        <span className="task-count-badge__count task-count-badge__count--pending" aria-hidden="true" />
      )}
      {count.isSuccess && open > 0 && (
        <span className="task-count-badge__count" aria-hidden="true">
          {open}
        </span>
      )}
    </Link>
  );
}
