/**
 * Keyset pagination's cursor (decision 0031): the last row's sort key and id, as base64url JSON. A
 * cursor the server did not hand out (wrong shape, wrong types) is a 400 problem, never a query.
 */
import type { z } from 'zod';
import { ProblemError } from './problems.ts';

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * One page of a keyset list fetched with `LIMIT pageSize + 1`: the page, and the cursor of its last
 * row when the extra row shows there is more (null on the last page).
 */
export function splitPage<T>(
  fetched: readonly T[],
  pageSize: number,
  keyOf: (last: T) => readonly (string | number)[],
): { page: T[]; nextCursor: string | null } {
  const page = fetched.slice(0, pageSize);
  const last = page.at(-1);
  return {
    page,
    nextCursor: fetched.length > pageSize && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}

/** The key inside a cursor, checked against the list's own schema; none for the first page. */
export function decodeCursor<T extends z.ZodType>(
  schema: T,
  cursor: string | undefined,
): z.infer<T> | undefined {
  if (cursor === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
}

/** A cursor that parses but names nothing on this list (a row the reader may not see, or gone). */
export function invalidCursor(): ProblemError {
  return new ProblemError('invalid_cursor', undefined, [
    {
      path: 'cursor',
      code: 'invalid_cursor',
      message: { nl: 'Deze vervolgpagina bestaat niet.', en: 'This next page does not exist.' },
    },
  ]);
}
