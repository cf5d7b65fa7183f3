import type { IjwFrequency } from '@een-plan/contracts';

/** The crisis placement form as typed: numbers stay text until they are checked. */
export interface PlacementDraft {
  personId: string;
  contractProductId: string;
  planActionId: string;
  startDate: string;
  endDate: string;
  volume: string;
  frequency: IjwFrequency;
}

type ErrorKey = 'person' | 'product' | 'action' | 'date' | 'endBeforeStart' | 'tooLong' | 'volume';
/** A field's problem: the key under crisis.placement.errors and its values. */
type PlacementProblem = { key: ErrorKey; values?: Record<string, number> };
type Problem = PlacementProblem;

/** Days from start to end, both counted (as the server counts bridging days); 0 when unknown. */
export function placementDays(start: string, end: string): number {
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  return Number.isNaN(ms) ? 0 : Math.round(ms / 86_400_000) + 1;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong per field (i18n keys), before anything is sent; the server checks again. */
export function validatePlacement(
  d: PlacementDraft,
  maxDays: number,
): Partial<Record<keyof PlacementDraft, Problem>> {
  const found: Partial<Record<keyof PlacementDraft, Problem>> = {};
  if (!d.personId) found.personId = { key: 'person' };
  if (!d.contractProductId) found.contractProductId = { key: 'product' };
  else if (!d.planActionId) found.planActionId = { key: 'action' };
  if (!DAY.test(d.startDate)) found.startDate = { key: 'date' };
  if (!DAY.test(d.endDate)) found.endDate = { key: 'date' };
  else if (!found.startDate) {
    const days = placementDays(d.startDate, d.endDate);
    if (days < 1) found.endDate = { key: 'endBeforeStart' };
    else if (days > maxDays) found.endDate = { key: 'tooLong', values: { max: maxDays, days } };
  }
  const volume = Number(d.volume);
  if (d.volume.trim() === '' || !Number.isInteger(volume) || volume < 1 || volume > 99_999_999) {
    found.volume = { key: 'volume' };
  }
  return found;
}
