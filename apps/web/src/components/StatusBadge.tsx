import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';

export type StatusBadgeStatus = 'neutral' | 'active' | 'inactive' | 'warning' | 'success';

interface StatusBadgeProps {
  status?: StatusBadgeStatus;
  children: ReactNode;
}

export function StatusBadge({ status = 'neutral', children }: StatusBadgeProps) {
  return (
    <span className={classNames('utrecht-status-badge', `utrecht-status-badge--${status}`)}>{children}</span>
  );
}
