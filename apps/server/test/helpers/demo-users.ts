import type { Role } from '@een-plan/contracts';

/** One demo user per role, as the demo story loads them; tests log in as a role through this. */
export const DEMO_USER_BY_ROLE: Record<Role, string> = {
  coordinator: 'u-sanne',
  team_lead: 'u-ahmed',
  source: 'u-marloes',
  provider: 'u-fatima',
  safety: 'u-joost',
  policy_analyst: 'u-linda',
  admin: 'u-erik',
  resident: 'u-anouk',
  crisis_service: 'u-karin',
  certified_institution: 'u-bram',
};
