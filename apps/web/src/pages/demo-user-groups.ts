import type { DemoUser, Role } from '@een-plan/contracts';

/** Order in which the roles appear: the story's main actors first. */
const roleOrder: readonly Role[] = [
  'coordinator',
  'team_lead',
  'source',
  'provider',
  'safety',
  'policy_analyst',
  'admin',
  'crisis_service',
  'certified_institution',
  'resident',
];

export interface DemoUserGroup {
  role: Role;
  users: DemoUser[];
}

export function groupDemoUsersByRole(users: readonly DemoUser[]): DemoUserGroup[] {
  return roleOrder
    .map((role) => ({ role, users: users.filter((user) => user.role === role) }))
    .filter((group) => group.users.length > 0);
}
