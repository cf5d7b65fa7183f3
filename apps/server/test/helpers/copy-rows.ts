import type { TestDatabase } from './test-database.ts';

/**
 * `n` copies of one row of `table` (the first that `where` picks), numbered `from`…, each with the
 * columns `set` gives it (SQL expressions of the copy's number `g`): bulk rows that are valid rows
 * of the real schema, without a column list to keep up to date.
 */
export async function copyRows(
  t: Pick<TestDatabase, 'database'>,
  table: string,
  where: string,
  copies: { n: number; from: number; set: Record<string, string> },
): Promise<void> {
  const fields = Object.entries(copies.set)
    .map(([column, expr]) => `'${column}', ${expr}`)
    .join(', ');
  await t.database.ownerQuery(
    `insert into ${table}
     select (jsonb_populate_record(null::${table}, to_jsonb(src) || jsonb_build_object(${fields}))).*
       from (select * from ${table} where ${where} limit 1) src,
            generate_series(${copies.from}, ${copies.from + copies.n - 1}) g`,
  );
}
