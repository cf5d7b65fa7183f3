import type { TenantTheme } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { themeQuery } from '../api/theme-api.ts';
import { useSession } from '../auth/use-session.ts';

/** The theme of the logged-in user's tenant, or of the installation's tenant before login. */
export function useTenantTheme(): TenantTheme | undefined {
  const session = useSession();
  return useQuery(themeQuery(session?.user.tenantId)).data;
}
