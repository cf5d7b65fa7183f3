/** Satisfaction answers of the demo story (figures need enough of them to show). */
import type { Executor } from '../db/database.ts';
import { satisfactionAnswer } from './schema.ts';

export async function insertDemoSatisfactionAnswers(
  tx: Executor,
  rows: ReadonlyArray<typeof satisfactionAnswer.$inferInsert>,
) {
  if (rows.length > 0) await tx.insert(satisfactionAnswer).values([...rows]);
}
