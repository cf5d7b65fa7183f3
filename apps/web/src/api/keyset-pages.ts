import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';
import { apiGet } from './http-client.ts';

/** A keyset list's page URL (decision 0031): the path with its query and, after page 1, the cursor. */
export function pageUrl(
  path: string,
  query: Record<string, string | number | undefined>,
  cursor: string | null,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.set(name, String(value));
  }
  if (cursor) params.set('cursor', cursor);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * A keyset list read page by page, each after the last one's `nextCursor` (decision 0031): the
 * pages read so far stay, "Meer laden" adds the next.
 */
export function keysetPagesQuery<T extends { nextCursor: string | null }, K extends QueryKey>(
  queryKey: K,
  path: string,
  query: Record<string, string | number | undefined> = {},
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => apiGet<T>(pageUrl(path, query, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
