import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';

type AlertType = 'info' | 'ok' | 'warning' | 'error';

interface AlertProps {
  type?: AlertType;
  children: ReactNode;
  className?: string;
}

export function Alert({ type = 'info', children, className }: AlertProps) {
  return (
    <div
      // Errors interrupt (role=alert); other notices wait politely for the reader.
      role={type === 'error' ? 'alert' : 'status'}
      className={classNames('utrecht-alert', `utrecht-alert--${type}`, className)}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
