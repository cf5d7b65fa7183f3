import type { Role } from '@een-plan/contracts';

/** Which home a role lands on: each role's own work. Residents keep the portal. */
type HomeKind =
  | 'coordinator'
  | 'team_lead'
  | 'source'
  | 'provider'
  | 'safety'
  | 'policy_analyst'
  | 'admin'
  | 'crisis_service'
  | 'certified_institution'
  | 'portal';

export function homeKindOf(role: Role): HomeKind {
  return role === 'resident' ? 'portal' : role;
}

/** Aggregates for policy analysts suppress small cells: a count from 1 to k−1 is never shown. */
export const MINIMUM_CELL = 5;

export function suppressSmallCell(n: number, k = MINIMUM_CELL): number | null {
  return n > 0 && n < k ? null : n;
}
