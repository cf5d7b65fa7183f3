import type { TenantTheme } from '@een-plan/contracts';
import { useEffect } from 'react';
import { applyTheme } from './apply-theme.ts';
import { useTenantTheme } from './use-tenant-theme.ts';

/** The tenant's theme, applied at runtime as CSS custom properties: a change needs no rebuild. */
export function useAppliedTenantTheme(): TenantTheme | undefined {
  const theme = useTenantTheme();
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
  return theme;
}
