import type { Executor } from './database.ts';

/**
 * A module's legal-hold check (retention/legal-holds.ts lists them): the hold codes on a household's
 * dossier as of `today`, none when the law lets it go; with `personId`, only what holds for that one
 * person (the erasure of one person, decision 0022).
 */
export type LegalHoldCheck = (
  db: Executor,
  tenantId: string,
  householdId: string,
  today: string,
  personId?: string,
) => Promise<string[]>;
