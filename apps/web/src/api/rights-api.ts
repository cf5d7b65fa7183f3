import type {
  DecideCase,
  FileComplaint,
  MyRights,
  PlanHearing,
  PortalRightsFiling,
  PostponeCase,
  RecordRequest,
  RightsCase,
  RightsCaseList,
  RightsSettings,
  RightsWorklist,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

export const rightsKeys = {
  mine: ['rights', 'mine'] as const,
  worklist: ['rights', 'worklist'] as const,
  household: (id: string) => ['rights', 'household', id] as const,
  settings: ['rights', 'settings'] as const,
};

export const myRightsQuery = queryOptions({
  queryKey: rightsKeys.mine,
  queryFn: () => apiGet<MyRights>('/api/my/rights'),
});

export const rightsWorklistQuery = queryOptions({
  queryKey: rightsKeys.worklist,
  queryFn: () => apiGet<RightsWorklist>('/api/rights/worklist'),
});

const base = (householdId: string) => `/api/households/${encodeURIComponent(householdId)}/rights`;

export const householdRightsQuery = (householdId: string) =>
  queryOptions({
    queryKey: rightsKeys.household(householdId),
    queryFn: () => apiGet<RightsCaseList>(base(householdId)),
  });

export const fileMyRight = (body: PortalRightsFiling) => apiSend<RightsCase>('POST', '/api/my/rights', body);

export const recordRequest = (householdId: string, body: RecordRequest) =>
  apiSend<RightsCase>('POST', `${base(householdId)}/requests`, body);

export const recordComplaint = (householdId: string, body: FileComplaint) =>
  apiSend<RightsCase>('POST', `${base(householdId)}/complaints`, body);

type Step = 'postponement' | 'hearing' | 'acknowledgement' | 'decision';
type StepBody = PostponeCase | PlanHearing | DecideCase | { version: number };

export const caseStep = (householdId: string, caseId: string, step: Step, body: StepBody) =>
  apiSend<RightsCase>('POST', `${base(householdId)}/${encodeURIComponent(caseId)}/${step}`, body);

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
  queryFn: () => apiGet<RightsSettings>('/api/admin/rights-settings'),
});

export const saveRightsSettings = (body: RightsSettings) =>
  apiSend<RightsSettings>('PUT', '/api/admin/rights-settings', body);
