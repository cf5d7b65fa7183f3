import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { LoadMore } from './LoadMore.tsx';
import { Paragraph } from './Paragraph.tsx';
import { Table, TableBody, TableHeader, TableHeaderCell, TableRow } from './Table.tsx';

/**
 * A keyset list's states in one place (decision 0031): loading, the error with a retry, the empty
 * text, the rows the pages read so far, and "Meer laden" while there is more.
 */
function KeysetList({
  list,
  count,
  empty,
  loadMoreLabel,
  children,
}: {
  list: UseInfiniteQueryResult;
  /** Rows read so far, over all pages. */
  count: number;
  empty: string;
  loadMoreLabel: string;
  children: ReactNode;
}) {
  return (
    <>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && (count === 0 ? <Paragraph>{empty}</Paragraph> : children)}
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
        label={loadMoreLabel}
      />
    </>
  );
}

/**
 * A keyset list shown as a table: the column headings, then a row per item whose cells
 * `children` draws — the frame the provider's assignments, the iJw log and the team's requests share.
 */
export function KeysetTable<T>({
  list,
  rows,
  empty,
  loadMoreLabel,
  caption,
  columns,
  rowKey,
  children,
}: {
  list: UseInfiniteQueryResult;
  /** Rows read so far, over all pages. */
  rows: readonly T[];
  empty: string;
  loadMoreLabel: string;
  caption: string;
  /** The column headings, in order. */
  columns: readonly string[];
  rowKey: (row: T) => string;
  children: (row: T) => ReactNode;
}) {
  return (
    <KeysetList list={list} count={rows.length} empty={empty} loadMoreLabel={loadMoreLabel}>
      <Table caption={caption} hideCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column}>{column}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>{children(row)}</TableRow>
          ))}
        </TableBody>
      </Table>
    </KeysetList>
  );
}
