import type {
  FamilyPlanResponse,
  Locale,
  PlanClosure,
  PlanClosureInput,
  PlanContentInput,
  PlanDiff,
  PlanEvaluationInput,
  PlanOwnerOptions,
  PlanProposalInput,
  PlanSelfRelianceTrend,
  PlanState,
  PlanVersionList,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

const base = (householdId: string) => `/api/households/${encodeURIComponent(householdId)}/plan`;

export const planQueryKey = (householdId: string) => ['plan', householdId] as const;

export const householdPlanQuery = (householdId: string) =>
  queryOptions({
    queryKey: planQueryKey(householdId),
    queryFn: () => apiGet<FamilyPlanResponse>(base(householdId)),
  });

export const myPlanQuery = queryOptions({
  queryKey: ['plan', 'mine'],
  queryFn: () => apiGet<FamilyPlanResponse>('/api/my/plan'),
});

export const planVersionsQuery = (householdId: string) =>
  queryOptions({
    queryKey: [...planQueryKey(householdId), 'versions'],
    queryFn: () => apiGet<PlanVersionList>(`${base(householdId)}/versions`),
  });

export const ownerOptionsQuery = (householdId: string) =>
  queryOptions({
    queryKey: [...planQueryKey(householdId), 'owner-options'],
    queryFn: () => apiGet<PlanOwnerOptions>(`${base(householdId)}/owner-options`),
    staleTime: 60_000,
  });

export const trendQuery = (householdId: string) =>
  queryOptions({
    queryKey: [...planQueryKey(householdId), 'trend'],
    queryFn: () =>
      apiGet<PlanSelfRelianceTrend>(`/api/households/${encodeURIComponent(householdId)}/self-reliance/trend`),
  });

export function fetchDiff(householdId: string, from: number, to: number) {
  return apiGet<PlanDiff>(`${base(householdId)}/diff?from=${from}&to=${to}`);
}

/** The plan as a PDF in the language the person reads the app in. */
export const planPdfUrl = (householdId: string, language: Locale) =>
  `${base(householdId)}/pdf?lang=${language}`;

export const planApi = {
  create: (householdId: string, vision: string) =>
    apiSend<{ id: string }>('POST', base(householdId), { vision }),
  save: (householdId: string, content: PlanContentInput) =>
    apiSend<FamilyPlanResponse>('PUT', base(householdId), content),
  transition: (householdId: string, version: number, to: PlanState) =>
    apiSend<{ ok: true }>('POST', `${base(householdId)}/transitions`, { version, to }),
  agree: (householdId: string, version: number, personId?: string) =>
    apiSend<{ ok: true }>('POST', `${base(householdId)}/agreements`, { version, personId }),
  setActionStatus: (householdId: string, actionId: string, version: number, status: string) =>
    apiSend<{ ok: true }>('PATCH', `${base(householdId)}/actions/${encodeURIComponent(actionId)}`, {
      version,
      status,
    }),
  propose: (householdId: string, proposal: PlanProposalInput) =>
    apiSend<{ id: string }>('POST', `${base(householdId)}/proposals`, proposal),
  decideProposal: (
    householdId: string,
    proposalId: string,
    version: number,
    decision: 'accept' | 'decline',
  ) =>
    apiSend<{ ok: true }>(
      'POST',
      `${base(householdId)}/proposals/${encodeURIComponent(proposalId)}/decision`,
      {
        version,
        decision,
      },
    ),
  comment: (householdId: string, text: string, goalId?: string) =>
    apiSend<{ id: string }>('POST', `${base(householdId)}/comments`, { text, goalId }),
  evaluate: (householdId: string, input: PlanEvaluationInput) =>
    apiSend<{ id: string }>('POST', `${base(householdId)}/evaluations`, input),
};

export const planClosureQuery = (householdId: string) =>
  queryOptions({
    queryKey: [...planQueryKey(householdId), 'closure'],
    queryFn: () => apiGet<PlanClosure>(`${base(householdId)}/closure`),
  });

export function closePlan(householdId: string, input: PlanClosureInput) {
  return apiSend<{ closedOn: string; assignments: number; actions: number; followUps: number }>(
    'POST',
    `${base(householdId)}/closure`,
    input,
  );
}
