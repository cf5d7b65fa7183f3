import type {
  OutcomeDashboard,
  OutcomePeriodKind,
  SatisfactionAnswerInput,
  SatisfactionStatus,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

export interface OutcomeFilter {
  year?: number;
  period: OutcomePeriodKind;
  areaId?: string;
}

/** The dashboard's query string; the CSV link carries the reader's language (a link has no header). */
export function outcomeSearch(filter: OutcomeFilter, format: 'json' | 'csv' = 'json', lang?: 'nl' | 'en') {
  const params = new URLSearchParams({ period: filter.period, format });
  if (filter.year) params.set('year', String(filter.year));
  if (filter.areaId) params.set('areaId', filter.areaId);
  if (lang) params.set('lang', lang);
  return `/api/outcomes/dashboard?${params.toString()}`;
}

export const outcomeDashboardQuery = (filter: OutcomeFilter) =>
  queryOptions({
    queryKey: ['outcomes', 'dashboard', filter],
    queryFn: () => apiGet<OutcomeDashboard>(outcomeSearch(filter)),
  });

export const satisfactionStatusQuery = queryOptions({
  queryKey: ['portal', 'satisfaction'],
  queryFn: () => apiGet<SatisfactionStatus>('/api/portal/satisfaction'),
});

export function answerSatisfaction(input: SatisfactionAnswerInput) {
  return apiSend<void>('POST', '/api/portal/satisfaction', input);
}
