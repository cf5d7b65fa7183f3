/**
 * The row an `insert … returning()` or a guarded `update … returning()` must give back. Its absence is
 * a programming error (or a lost race the caller already excluded), never a user's mistake.
 */
export function returnedRow<T>(rows: readonly T[], what = 'row'): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`expected the ${what} to be returned`);
  return row;
}
