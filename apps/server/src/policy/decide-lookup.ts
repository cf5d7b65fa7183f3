import type { Actor } from './actor.ts';

/**
 * Finding a household by exact data (BSN + birth date, or surname + birth date + postcode) for
 * the roles that are called in without knowing the family yet: the crisis service (to open an
 * episode) and the certified institution (to register a measure a court ruled). Never a free
 * search: the exact data come from the call or the ruling. Veilig Thuis has its own lookup before
 * break-glass. The purpose is written into every audit row.
 */
type LookupDecision =
  | { allowed: true; purpose: 'crisis_care' | 'child_protection' }
  | { allowed: false; reason: 'role_not_allowed' };

export function decideHouseholdLookup(actor: Actor): LookupDecision {
  if (actor.role === 'crisis_service') return { allowed: true, purpose: 'crisis_care' };
  if (actor.role === 'certified_institution') return { allowed: true, purpose: 'child_protection' };
  return { allowed: false, reason: 'role_not_allowed' };
}

/**
 * Finding the household an erasure request (Jeugdwet 7.3.9) is about: the administrator, who
 * records and decides those requests and destroys dossiers, across the tenant — closed dossiers
 * belong to no team any more. Nobody else.
 */
type ErasureLookupDecision =
  | { allowed: true; purpose: 'erasure_request' }
  | { allowed: false; reason: 'role_not_allowed' };

export function decideErasureLookup(actor: Actor): ErasureLookupDecision {
  if (actor.role === 'admin') return { allowed: true, purpose: 'erasure_request' };
  return { allowed: false, reason: 'role_not_allowed' };
}
