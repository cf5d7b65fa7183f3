/**
 * The youth's identity for the CBS Beleidsinformatie Jeugd delivery (BSN, birth date, recorded
 * sex, postcode of the household). Only for the national delivery, which the administrator creates and the audit
 * records; read in bounded batches by id.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { household, person } from './schema.ts';

interface YouthIdentity {
  bsn: string | null;
  birthDate: string;
  /** 'male', 'female', or null when not recorded. */
  sex: string | null;
}

const BATCH = 1000;

export async function youthIdentities(
  db: Executor,
  tenantId: string,
  personIds: readonly string[],
): Promise<Map<string, YouthIdentity>> {
  const out = new Map<string, YouthIdentity>();
  const ids = [...new Set(personIds)];
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = await db
      .select({ id: person.id, bsn: person.bsn, birthDate: person.birthDate, sex: person.sex })
      .from(person)
      .where(and(eq(person.tenantId, tenantId), inArray(person.id, ids.slice(i, i + BATCH))));
    for (const r of rows) out.set(r.id, { bsn: r.bsn, birthDate: r.birthDate, sex: r.sex });
  }
  return out;
}

/** Postcodes of households (the youth's address for CBS: the household the help was assigned in). */
export async function householdPostcodes(
  db: Executor,
  tenantId: string,
  householdIds: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ids = [...new Set(householdIds)];
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = await db
      .select({ id: household.id, postcode: household.postcode })
      .from(household)
      .where(and(eq(household.tenantId, tenantId), inArray(household.id, ids.slice(i, i + BATCH))));
    for (const r of rows) out.set(r.id, r.postcode);
  }
  return out;
}
