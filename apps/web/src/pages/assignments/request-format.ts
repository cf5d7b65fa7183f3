import type { AssignmentRequest } from '@een-plan/contracts';
import type { TFunction } from 'i18next';

/** "Specialistische ambulante jeugdhulp (45 45A03)", or the codes alone. */
export function requestProductText(
  r: Pick<AssignmentRequest, 'productName' | 'productCategory' | 'productCode'>,
) {
  const codes = [r.productCategory, r.productCode].filter(Boolean).join(' ');
  if (!r.productName) return codes || '—';
  return codes ? `${r.productName} (${codes})` : r.productName;
}

export function requestVolumeText(r: Pick<AssignmentRequest, 'volume' | 'unit' | 'frequency'>, t: TFunction) {
  if (r.volume === null) return '—';
  const unit = r.unit ? ` ${t(`assignments.units.${r.unit as '04'}`)}` : '';
  const per = r.frequency ? ` / ${t(`assignments.frequencies.${r.frequency as '2'}`)}` : '';
  return `${r.volume}${unit}${per}`;
}
