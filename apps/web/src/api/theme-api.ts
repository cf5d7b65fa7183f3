import type { SaveThemeRequest, TenantTheme } from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

/** Keyed by the session's tenant: after login the user's own tenant's theme replaces the default. */
export const themeQuery = (tenantId: string | undefined) =>
  queryOptions({
    queryKey: ['theme', tenantId ?? 'anonymous'],
    queryFn: () => apiGet<TenantTheme>('/api/theme'),
    staleTime: 5 * 60 * 1000,
  });

export const saveTheme = (input: SaveThemeRequest) => apiSend<TenantTheme>('PUT', '/api/admin/theme', input);
export const resetTheme = () => apiSend<TenantTheme>('DELETE', '/api/admin/theme');
