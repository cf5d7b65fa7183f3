import type { Role } from '@een-plan/contracts';

/** The app_user ids of API clients' system users (decision 0004) start with this. */
export const SYSTEM_USER_PREFIX = 'sys-';

/** A provider system's key acts as a provider user; a person, not a system, does the work. */
export function isSystemUser(userId: string): boolean {
  return userId.startsWith(SYSTEM_USER_PREFIX);
}

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
