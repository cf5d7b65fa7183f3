import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { areaPostcode } from './schema.ts';

/** "2151 AB" → "2151"; anything that is not a Dutch postcode gives nothing. */
export function postcode4(postcode: string): string | undefined {
  const match = /^\s*([1-9]\d{3})\s*[A-Za-z]{2}\s*$/.exec(postcode);
  return match?.[1];
}

/** The area whose postcode set contains this address, or null when it is outside the tenant. */
export async function routeAreaIdForPostcode(db: Executor, tenantId: string, postcode: string) {
  const pc4 = postcode4(postcode);
  if (!pc4) return null;
  const [row] = await db
    .select({ areaId: areaPostcode.areaId })
    .from(areaPostcode)
    .where(and(eq(areaPostcode.tenantId, tenantId), eq(areaPostcode.postcode4, pc4)))
    .limit(1);
  return row?.areaId ?? null;
}
