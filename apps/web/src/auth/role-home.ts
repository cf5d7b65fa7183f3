import type { Role } from '@een-plan/contracts';

export type RoleHomePath = '/werkruimte' | '/mijn-plan';

/** Residents use the portal; every professional role starts in the workspace. */
export function roleHomePath(role: Role): RoleHomePath {
  return role === 'resident' ? '/mijn-plan' : '/werkruimte';
}
