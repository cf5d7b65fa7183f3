/**
 * The letters of Anouk Jansen's demo cases (issue 16): each decided, postponed or acknowledged
 * case gets its letter, dated on the day of that step, made by the same path as the API's.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import { issueLetter, letterKindFor } from './letters.ts';
import { rightsCase, rightsLetter, rightsSetting } from './schema.ts';

const HOUSEHOLD = 'hh-jansen';

export async function loadRightsLettersDemo(db: Executor, tenantId: string): Promise<void> {
  const [existing] = await db
    .select({ id: rightsLetter.id })
    .from(rightsLetter)
    .where(eq(rightsLetter.tenantId, tenantId))
    .limit(1);
  const household = await findHouseholdFacts(db, tenantId, HOUSEHOLD);
  if (existing || !household) return;
  await db
    .update(rightsSetting)
    .set({
      letterAddress: 'Postbus 250\n2130 AG Hoofddorp',
      letterSignatory: 'M. de Wit, hoofd Sociaal Domein',
    })
    .where(eq(rightsSetting.tenantId, tenantId));
  const rows = await db
    .select()
    .from(rightsCase)
    .where(and(eq(rightsCase.tenantId, tenantId), eq(rightsCase.householdId, HOUSEHOLD)));
  for (const row of rows) {
    const kind = row.kind;
    const actor = { tenantId, userId: row.decidedBy ?? row.createdBy };
    if (row.postponedOn) {
      await issueLetter(db, actor, row, 'postponement', household, row.postponedOn);
    }
    if (row.acknowledgedOn) {
      await issueLetter(db, actor, row, 'complaint_acknowledgement', household, row.acknowledgedOn);
    }
    if (row.status === 'decided' && row.decidedOn) {
      await issueLetter(db, actor, row, letterKindFor('decide', kind), household, row.decidedOn);
    }
  }
}
