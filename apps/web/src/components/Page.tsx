import type { ComponentProps, ReactNode } from 'react';
import { classNames } from './class-names.ts';

interface RegionProps {
  children: ReactNode;
  className?: string;
}

export function PageLayout({ children, className }: RegionProps) {
  return <div className={classNames('utrecht-page-layout', className)}>{children}</div>;
}

export function PageHeader({ children, className }: RegionProps) {
  return (
    <header className={classNames('utrecht-page-header', className)}>
      <div className="utrecht-page-header__content">{children}</div>
    </header>
  );
}

export function PageBody({ children, className, ...props }: ComponentProps<'main'>) {
  return (
    <main {...props} className={classNames('utrecht-page-body', className)}>
      <div className="utrecht-page-body__content">
        <div className="utrecht-page-content">{children}</div>
      </div>
    </main>
  );
}

export function PageFooter({ children, className }: RegionProps) {
  return (
    <footer className={classNames('utrecht-page-footer', className)}>
      <div className="utrecht-page-footer__content">{children}</div>
    </footer>
  );
}
