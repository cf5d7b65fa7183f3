import type {
  AssignmentInput,
  AssignmentList,
  AssignmentStopInput,
  IjwMessageDetail,
  IjwMessageList,
  Locale,
  ProviderAssignmentPage,
  ProviderContractList,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';
import { keysetPagesQuery } from './keyset-pages.ts';

export const contractsQuery = queryOptions({
  queryKey: ['contracts'],
  queryFn: () => apiGet<ProviderContractList>('/api/contracts'),
});

const householdBase = (householdId: string) =>
  `/api/households/${encodeURIComponent(householdId)}/assignments`;

export const householdAssignmentsQuery = (householdId: string) =>
  queryOptions({
    queryKey: ['assignments', 'household', householdId],
    queryFn: () => apiGet<AssignmentList>(householdBase(householdId)),
  });

/** The provider's assignments, newest first, page by page (decision 0031). */
export const providerAssignmentsQuery = keysetPagesQuery<ProviderAssignmentPage, ['assignments', 'provider']>(
  ['assignments', 'provider'],
  '/api/provider/assignments',
);

/**
 * The provider's assignments to pick one from (a change request): the first, largest page, as the
 * list offered before keyset pages.
 */
export const providerAssignmentChoicesQuery = queryOptions({
  queryKey: ['assignments', 'provider', 'choices'],
  queryFn: () => apiGet<ProviderAssignmentPage>('/api/provider/assignments?limit=200'),
});

/** The iJw message log, newest first, page by page (decision 0031). */
export const ijwMessagesQuery = keysetPagesQuery<IjwMessageList, ['ijw-messages']>(
  ['ijw-messages'],
  '/api/admin/ijw-messages',
);

export const ijwMessageQuery = (id: string) =>
  queryOptions({
    queryKey: ['ijw-messages', id],
    queryFn: () => apiGet<IjwMessageDetail>(`/api/admin/ijw-messages/${encodeURIComponent(id)}`),
  });

/** The decision letter as a PDF in the language the person reads the app in. */
export const decisionLetterUrl = (assignmentId: string, language: Locale) =>
  `/api/assignments/${encodeURIComponent(assignmentId)}/decision-letter.pdf?lang=${language}`;

export const assignmentApi = {
  assign: (householdId: string, input: AssignmentInput) =>
    apiSend<{ id: string; status: string; budgetCents: number }>('POST', householdBase(householdId), input),
  approve: (id: string, version: number, approve: boolean) =>
    apiSend<{ ok: true }>('POST', `/api/assignments/${encodeURIComponent(id)}/approval`, {
      version,
      approve,
    }),
  start: (id: string, version: number, startDate: string) =>
    apiSend<{ accepted: boolean }>('POST', `/api/provider/assignments/${encodeURIComponent(id)}/start`, {
      version,
      startDate,
    }),
  stop: (id: string, input: AssignmentStopInput) =>
    apiSend<{ accepted: boolean }>('POST', `/api/provider/assignments/${encodeURIComponent(id)}/stop`, input),
};
