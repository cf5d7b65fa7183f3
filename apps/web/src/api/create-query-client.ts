import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthorized } from './api-error.ts';
import { sessionQueryKey } from './queries.ts';

const maxRetriesForServerErrors = 2;

function shouldRetry(failureCount: number, error: unknown): boolean {
  // 4xx answers are final (not allowed, not found, invalid); retrying only repeats them.
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < maxRetriesForServerErrors;
}

/** `onSessionExpired` runs when any request says the session is gone (timeout, logout elsewhere). */
export function createQueryClient(onSessionExpired: () => void): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // The session query itself never fails with 401 (it answers null), so this cannot loop.
      onError: (error) => {
        if (!isUnauthorized(error)) return;
        queryClient.clear();
        queryClient.setQueryData(sessionQueryKey, null);
        onSessionExpired();
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
