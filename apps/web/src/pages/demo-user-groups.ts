import { type DemoUser, Role } from '@een-plan/contracts';

/** Order in which the roles appear: the story's main actors first, as the contract lists them. */
const roleOrder: readonly Role[] = Role.options;

interface DemoUserGroup {
  role: Role;
  users: DemoUser[];
}

export function groupDemoUsersByRole(users: readonly DemoUser[]): DemoUserGroup[] {
  return roleOrder
    .map((role) => ({ role, users: users.filter((user) => user.role === role) }))
    .filter((group) => group.users.length > 0);
}
