import type {
  SafetyCheckDoneInput,
  SafetyConditionsInput,
  SafetyOwnScoreInput,
  SafetyPlanResponse,
  SafetyScoreInput,
  SafetySectionInput,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';
import { planQueryKey } from './plans-api.ts';

const base = (householdId: string) => `/api/households/${encodeURIComponent(householdId)}/plan/safety`;

/** Under the plan's key: saving the plan or the section refreshes both (versions move together). */
export const safetyPlanQuery = (householdId: string) =>
  queryOptions({
    queryKey: [...planQueryKey(householdId), 'safety'],
    queryFn: () => apiGet<SafetyPlanResponse>(base(householdId)),
  });

export const safetyPlanApi = {
  save: (householdId: string, input: SafetySectionInput) =>
    apiSend<SafetyPlanResponse>('PUT', base(householdId), input),
  setConditions: (householdId: string, input: SafetyConditionsInput) =>
    apiSend<SafetyPlanResponse>('PUT', `${base(householdId)}/conditions`, input),
  checkDone: (householdId: string, checkId: string, input: SafetyCheckDoneInput) =>
    apiSend<{ id: string }>('POST', `${base(householdId)}/checks/${encodeURIComponent(checkId)}/done`, input),
  score: (householdId: string, input: SafetyScoreInput) =>
    apiSend<{ id: string }>('POST', `${base(householdId)}/scores`, input),
  /** A parent or a youth of 12+ gives their own score (the portal). */
  ownScore: (householdId: string, input: SafetyOwnScoreInput) =>
    apiSend<{ id: string }>('POST', `${base(householdId)}/scores/own`, input),
};
