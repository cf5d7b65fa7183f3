import type {
  AssignmentRequest,
  AssignmentRequestList,
  AssignmentRequestStatus,
  ChangeRequestInput,
  IjwRefusalReason,
  ProviderRequestOverview,
  RequestSubmitted,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';
import { keysetPagesQuery } from './keyset-pages.ts';

/** The team's "Verzoeken": providers' requests (JW315/JW317) for clients of the team. */
export const teamRequestsQuery = (status: AssignmentRequestStatus | 'all') =>
  keysetPagesQuery<AssignmentRequestList, ['assignment-requests', 'team', typeof status]>(
    ['assignment-requests', 'team', status],
    '/api/assignment-requests',
    { status: status === 'all' ? undefined : status },
  );

export const teamRequestQuery = (id: string) =>
  queryOptions({
    queryKey: ['assignment-requests', 'team', 'one', id],
    queryFn: () => apiGet<AssignmentRequest>(`/api/assignment-requests/${encodeURIComponent(id)}`),
  });

export const providerRequestsQuery = queryOptions({
  queryKey: ['assignment-requests', 'provider'],
  queryFn: () => apiGet<ProviderRequestOverview>('/api/provider/assignment-requests'),
});

interface AssignmentRequestForm {
  bsn: string;
  birthDate: string;
  lastName: string;
  contractProductId: string;
  volume: number;
  frequency: string;
  startDate: string;
  endDate: string;
  referrerType: string;
  referrerCode: string | null;
}

export const requestApi = {
  /** JW315: the municipality answers at once (JW316) and decides later. */
  request: (input: AssignmentRequestForm) =>
    apiSend<RequestSubmitted>('POST', '/api/provider/assignment-requests', input),
  /** JW317: the municipality answers at once (JW318) and decides later. */
  change: (input: ChangeRequestInput) =>
    apiSend<RequestSubmitted>('POST', '/api/provider/assignment-change-requests', input),
  decide: (
    id: string,
    input: {
      version: number;
      decision: 'grant' | 'refuse';
      reason?: IjwRefusalReason;
      municipality?: string;
    },
  ) =>
    apiSend<{ status: 'granted' | 'refused'; assignmentId: string | null }>(
      'POST',
      `/api/assignment-requests/${encodeURIComponent(id)}/decision`,
      input,
    ),
};
