import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { useId } from 'react';
import { classNames } from './class-names.ts';

interface TableProps {
  caption: ReactNode;
  /** For when a heading right above already shows the same words. */
  hideCaption?: boolean;
  children: ReactNode;
  className?: string;
}

export function Table({ caption, hideCaption = false, children, className }: TableProps) {
  const captionId = useId();
  return (
    <section
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the table scrolls sideways; keyboard users must be able to scroll it
      tabIndex={0}
    >
      <table className={classNames('utrecht-table', 'utrecht-table--html-table', className)}>
        <caption
          id={captionId}
          className={classNames('utrecht-table__caption', hideCaption && 'visually-hidden')}
        >
          {caption}
        </caption>
        {children}
      </table>
    </section>
  );
}

export function TableHeader(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead {...props} className="utrecht-table__header" />;
}

export function TableBody(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody {...props} className="utrecht-table__body" />;
}

export function TableRow(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...props} className="utrecht-table__row" />;
}

interface TableHeaderCellProps extends ThHTMLAttributes<HTMLTableCellElement> {
  numeric?: boolean;
}

export function TableHeaderCell({ numeric = false, scope = 'col', ...props }: TableHeaderCellProps) {
  return (
    <th
      {...props}
      scope={scope}
      className={classNames(
        'utrecht-table__header-cell',
        numeric && 'utrecht-table__header-cell--numeric-column',
      )}
    />
  );
}

interface TableCellProps extends TdHTMLAttributes<HTMLTableCellElement> {
  numeric?: boolean;
}

export function TableCell({ numeric = false, ...props }: TableCellProps) {
  return (
    <td
      {...props}
      className={classNames(
        'utrecht-table__cell',
        numeric && 'utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data',
      )}
    />
  );
}
