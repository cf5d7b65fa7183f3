import type {
  AccessLogPage,
  ConsentCompleteInput,
  ConsentGrantInput,
  ConsentList,
  Locale,
  SharedPlanView,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

export const myConsentsQuery = queryOptions({
  queryKey: ['consents', 'mine'],
  queryFn: () => apiGet<ConsentList>('/api/my/consents'),
});

export interface AccessLogFilter {
  page: number;
  section: string;
  from: string;
  to: string;
}

/**
 * The log's query: the JSON page, or the CSV download in the language the person reads the app in
 * (a link cannot carry a header, so the language goes in `lang`).
 */
export function accessLogSearch(
  filter: AccessLogFilter,
  format: 'json' | 'csv' = 'json',
  language?: Locale,
): string {
  const params = new URLSearchParams({ page: String(filter.page), format });
  if (filter.section) params.set('section', filter.section);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (language) params.set('lang', language);
  return `/api/my/access-log?${params.toString()}`;
}

/** The same filter as a readable PDF (all entries of the filter, not one page), in the person's language. */
export function accessLogPdfUrl(filter: AccessLogFilter, language: Locale): string {
  const params = new URLSearchParams({ lang: language });
  if (filter.section) params.set('section', filter.section);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  return `/api/my/access-log.pdf?${params.toString()}`;
}

/** Everything about the resident as a readable PDF, in the person's language. */
export const myDataPdfUrl = (language: Locale) => `/api/my/data-export.pdf?lang=${language}`;

export const myAccessLogQuery = (filter: AccessLogFilter) =>
  queryOptions({
    queryKey: ['access-log', 'mine', filter],
    queryFn: () => apiGet<AccessLogPage>(accessLogSearch(filter)),
  });

const base = (householdId: string) => `/api/households/${encodeURIComponent(householdId)}/consents`;

export const consentApi = {
  grant: (householdId: string, input: ConsentGrantInput) =>
    apiSend<{ id: string }>('POST', base(householdId), input),
  revoke: (householdId: string, consentId: string, version: number) =>
    apiSend<{ ok: true }>('POST', `${base(householdId)}/${encodeURIComponent(consentId)}/revoke`, {
      version,
    }),
  /** The missing party agrees (resident) or the coordinator records their agreement (`recorded`). */
  complete: (householdId: string, consentId: string, input: ConsentCompleteInput) =>
    apiSend<{ ok: true; complete: boolean; version: number }>(
      'POST',
      `${base(householdId)}/${encodeURIComponent(consentId)}/cosign`,
      input,
    ),
};

interface SharedHouseholdList {
  items: Array<{ id: string; name: string; sections: string[]; basis: 'consent' | 'break_glass' }>;
}

export const sharedHouseholdsQuery = queryOptions({
  queryKey: ['shared-households'],
  queryFn: () => apiGet<SharedHouseholdList>('/api/shared/households'),
  staleTime: 0,
});

export const sharedPlanQuery = (householdId: string) =>
  queryOptions({
    queryKey: ['shared-plan', householdId],
    queryFn: () => apiGet<SharedPlanView>(`/api/shared/households/${encodeURIComponent(householdId)}/plan`),
    staleTime: 0,
    retry: false,
  });

export const sharedIntakeQuery = (householdId: string) =>
  queryOptions({
    queryKey: ['shared-intake', householdId],
    queryFn: () =>
      apiGet<{ householdId: string; selfReliance: unknown[] }>(
        `/api/shared/households/${encodeURIComponent(householdId)}/intake`,
      ),
    staleTime: 0,
    retry: false,
  });

export const householdConsentsQuery = (householdId: string) =>
  queryOptions({
    queryKey: ['consents', householdId],
    queryFn: () => apiGet<ConsentList>(base(householdId)),
  });
