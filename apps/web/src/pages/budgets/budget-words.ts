import type { BudgetLevel, Iv3TaskField } from '@een-plan/contracts';
import type { TFunction } from 'i18next';

/** Area name, or the whole municipality for a line without an area. */
export function areaName(
  areas: ReadonlyArray<{ id: string; name: string }>,
  areaId: string | null,
  t: TFunction,
) {
  if (areaId === null) return t('budgets.wholeMunicipality');
  return areas.find((a) => a.id === areaId)?.name ?? t('budgets.noArea');
}

export const levelName = (level: BudgetLevel, t: TFunction) => t(`budgets.levels.l${level}`);

export const taskFieldName = (field: Iv3TaskField, t: TFunction) =>
  t(`budgets.taskFieldNames.f${field.replace('.', '')}` as 'budgets.taskFieldNames.f671');

/** "250000", "250.000,00" (nl) or "250,000.00" (en) euros → cents, exactly; null when it is not an amount. */
export function parseAmountToCents(text: string, language: string): number | null {
  const compact = text.trim().replace(/\s|€/g, '');
  const normalised =
    language === 'nl' ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  const m = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(normalised);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
