import { availableParallelism } from 'node:os';

/**
 * `Promise.all(items.map(work))` with at most `limit` running at once: enough to keep every core
 * (and the worker threads of WebAssembly engines) busy without starting hundreds of them.
 */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  limit = availableParallelism() + 1,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
