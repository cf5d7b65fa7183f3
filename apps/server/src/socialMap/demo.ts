import type { Executor } from '../db/database.ts';
import { demoOffers } from './demo-offers.ts';
import { socialOffer } from './schema.ts';

/** Loads the demo social map; idempotent (existing offers are left as people changed them). */
export async function loadSocialMapDemo(db: Executor, tenantId: string): Promise<void> {
  await db
    .insert(socialOffer)
    .values(demoOffers.map((o) => ({ ...o, tenantId })))
    .onConflictDoNothing();
}
