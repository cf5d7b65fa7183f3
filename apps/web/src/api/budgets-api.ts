import type {
  BudgetLine,
  BudgetLineInput,
  BudgetOverview,
  CbsCheck,
  CbsDeliveryInput,
  CbsDeliveryRecord,
  CsrfResponse,
  Iv3Mapping,
  Iv3MappingInput,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, isProblem } from './api-error.ts';
import { rememberCsrfToken, rememberedCsrfToken } from './csrf-token.ts';
import { apiGet, apiSend } from './http-client.ts';

export interface BudgetFilter {
  year: number;
  areaId?: string;
}

function budgetSearch(filter: BudgetFilter, lang?: 'nl' | 'en') {
  const params = new URLSearchParams({ year: String(filter.year) });
  if (filter.areaId) params.set('areaId', filter.areaId);
  if (lang) params.set('lang', lang);
  return params.toString();
}

export const budgetOverviewQuery = (filter: BudgetFilter) =>
  queryOptions({
    queryKey: ['budgets', 'overview', filter],
    queryFn: () => apiGet<BudgetOverview>(`/api/budgets?${budgetSearch(filter)}`),
  });

/** The CSV download of the same figures; the link carries the reader's language (a link has no header). */
export const budgetCsvHref = (filter: BudgetFilter, lang: 'nl' | 'en') =>
  `/api/budgets/export?${budgetSearch(filter, lang)}`;

export const iv3MappingQuery = queryOptions({
  queryKey: ['budgets', 'iv3'],
  queryFn: () => apiGet<Iv3Mapping>('/api/budgets/iv3-mapping'),
});

export const cbsDeliveriesQuery = queryOptions({
  queryKey: ['budgets', 'cbs', 'deliveries'],
  queryFn: () => apiGet<CbsDeliveryRecord[]>('/api/budgets/cbs/deliveries'),
});

export const budgetsApi = {
  addLine: (input: BudgetLineInput) => apiSend<BudgetLine>('POST', '/api/budgets/lines', input),
  replaceLine: (id: string, input: BudgetLineInput) =>
    apiSend<BudgetLine>('PUT', `/api/budgets/lines/${encodeURIComponent(id)}`, input),
  removeLine: (id: string) => apiSend<void>('DELETE', `/api/budgets/lines/${encodeURIComponent(id)}`),
  saveIv3: (input: Iv3MappingInput) => apiSend<Iv3Mapping>('PUT', '/api/budgets/iv3-mapping', input),
  checkCbs: (input: CbsDeliveryInput) => apiSend<CbsCheck>('POST', '/api/budgets/cbs/check', input),
};

/**
 * Creates the CBS file and hands it to the browser as a download. The half year goes in the body,
 * never in the address; the file (with BSNs) is not kept by the server or this page.
 */
export async function downloadCbsFile(input: CbsDeliveryInput): Promise<string> {
  let token = rememberedCsrfToken();
  if (!token) {
    token = (await apiGet<CsrfResponse>('/api/auth/csrf')).csrfToken;
    rememberCsrfToken(token);
  }
  const response = await fetch('/api/budgets/cbs/deliveries', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': token,
      accept: 'text/csv, application/problem+json',
    },
    body: JSON.stringify(input),
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiError(response.status, isProblem(body) ? body : null);
  }
  const filename =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    'beleidsinformatie-jeugd.csv';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
  return filename;
}
