import type { useTranslation } from 'react-i18next';

/** A plain string signature for keys built at run time (the typed key tree is too deep for TypeScript). */
export function dynamicT(t: ReturnType<typeof useTranslation>['t']) {
  return t as unknown as (key: string, options?: Record<string, unknown>) => string;
}
