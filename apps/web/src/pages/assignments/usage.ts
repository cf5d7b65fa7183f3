import type { Assignment } from '@een-plan/contracts';
import type { TFunction } from 'i18next';

/** "6 van 42 uur gebruikt": the volume of approved declarations against the assigned volume. */
export function usageText(
  a: Pick<Assignment, 'unit' | 'volumeTotal' | 'volumeUsed'>,
  t: TFunction,
): string | null {
  if (a.volumeTotal === undefined || a.volumeUsed === undefined) return null;
  return t('declarations.used', {
    used: a.volumeUsed,
    total: a.volumeTotal,
    unit: t(`assignments.units.${a.unit}`),
  });
}
