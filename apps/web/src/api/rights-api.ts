import {
  rightsRoutes as api,
  type PortalRightsFiling,
  type RecordRequest,
  type RightsCase,
  type RightsSettings,
  type RouteBody,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiCall, apiSend } from './http-client.ts';

export const rightsKeys = {
  mine: ['rights', 'mine'] as const,
  worklist: ['rights', 'worklist'] as const,
  household: (id: string) => ['rights', 'household', id] as const,
  settings: ['rights', 'settings'] as const,
};

export const myRightsQuery = queryOptions({
  queryKey: rightsKeys.mine,
  queryFn: () => apiCall(api.mine),
});

export const rightsWorklistQuery = queryOptions({
  queryKey: rightsKeys.worklist,
  queryFn: () => apiCall(api.worklist),
});

const base = (householdId: string) => `/api/households/${encodeURIComponent(householdId)}/rights`;

export const householdRightsQuery = (householdId: string) =>
  queryOptions({
    queryKey: rightsKeys.household(householdId),
    queryFn: () => apiCall(api.householdCases, { params: { householdId } }),
  });

export const fileMyRight = (body: PortalRightsFiling) => apiCall(api.fileMine, { body });

export const recordRequest = (householdId: string, body: RecordRequest) =>
  apiCall(api.recordRequest, { params: { householdId }, body });

/** The steps on a case, by the last part of their path. */
const STEPS = {
  postponement: api.postpone,
  hearing: api.hearing,
  acknowledgement: api.acknowledge,
  decision: api.decide,
};
type StepBody = { [S in keyof typeof STEPS]: RouteBody<(typeof STEPS)[S]> };

export const caseStep = <S extends keyof StepBody>(
  householdId: string,
  caseId: string,
  step: S,
  body: StepBody[S],
) =>
  apiCall(STEPS[step] as typeof api.decide, {
    params: { householdId, caseId },
    body: body as StepBody['decision'],
  });

/** Where a letter downloads: the resident's own copy, or the professional's through the household. */
export const myLetterUrl = (caseId: string, letterId: string) =>
  `/api/my/rights/${encodeURIComponent(caseId)}/letters/${encodeURIComponent(letterId)}`;

export const householdLetterUrl = (householdId: string, caseId: string, letterId: string) =>
  `${base(householdId)}/${encodeURIComponent(caseId)}/letters/${encodeURIComponent(letterId)}`;

export const withdrawMyRight = (caseId: string, version: number) =>
  apiSend<RightsCase>('POST', `/api/my/rights/${encodeURIComponent(caseId)}/withdrawal`, { version });

/** The administrator's rights settings: decision terms, independent contacts, the letters' sender. */
export const rightsSettingsQuery = queryOptions({
  queryKey: rightsKeys.settings,
  queryFn: () => apiCall(api.settings),
});

export const saveRightsSettings = (body: RightsSettings) => apiCall(api.saveSettings, { body });
