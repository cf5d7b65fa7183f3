/** Destruction of a household's consents and break-glass records (retention and erasure). */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { breakGlass, consent } from './schema.ts';

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const c = await tx
    .delete(consent)
    .where(and(eq(consent.tenantId, tenantId), eq(consent.householdId, householdId)))
    .returning({ id: consent.id });
  const b = await tx
    .delete(breakGlass)
    .where(and(eq(breakGlass.tenantId, tenantId), eq(breakGlass.householdId, householdId)))
    .returning({ id: breakGlass.id });
  return { consent: c.length, break_glass: b.length };
}

/**
 * Erasure of one person: the consents about them go. A consent they gave for another member stays
 * (it is that member's record of why their data was shared); it names them by opaque id only.
 */
export async function erasePersonData(tx: Executor, tenantId: string, householdId: string, personId: string) {
  const c = await tx
    .delete(consent)
    .where(
      and(
        eq(consent.tenantId, tenantId),
        eq(consent.householdId, householdId),
        eq(consent.subjectPersonId, personId),
      ),
    )
    .returning({ id: consent.id });
  return { consents: c.length };
}
