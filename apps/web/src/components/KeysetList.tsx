import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { LoadMore } from './LoadMore.tsx';
import { Paragraph } from './Paragraph.tsx';

/**
 * A keyset list's states in one place (decision 0031): loading, the error with a retry, the empty
 * text, the rows the pages read so far, and "Meer laden" while there is more.
 */
export function KeysetList({
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
