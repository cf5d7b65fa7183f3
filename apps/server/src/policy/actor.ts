import type { Role } from '@een-plan/contracts';

/** Who is acting: the logged-in user as the policy module sees them. */
export interface Actor {
  userId: string;
  sessionId: string;
  tenantId: string;
  role: Role;
  displayName: string;
  organisationId: string | null;
  teamId: string | null;
  personId: string | null;
}
