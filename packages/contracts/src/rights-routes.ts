/** The client-rights routes as one table (decision 0030): registered by the server, called by the web. */
import { z } from 'zod';
import {
  AcknowledgeComplaint,
  DecideCase,
  FileComplaint,
  FileObjection,
  MyRights,
  PlanHearing,
  PortalRightsFiling,
  PostponeCase,
  RecordRequest,
  RightsCase,
  RightsCaseList,
  RightsSettings,
  RightsWorklist,
} from './rights.ts';
import { route } from './route-table.ts';

const Id = z.string().min(1).max(100);
const HouseholdParams = z.object({ householdId: Id });
const CaseParams = HouseholdParams.extend({ caseId: Id });
const CASES = '/api/households/:householdId/rights';
/** A case recorded for the household by a professional: the new case. */
const filing = <const P extends string, B extends z.ZodType>(path: P, body: B) =>
  route({ method: 'POST', path, status: 201, params: HouseholdParams, body, response: RightsCase });
/** A step on one case: the case as it now is. */
const caseStep = <const P extends string, B extends z.ZodType>(path: P, body: B) =>
  route({ method: 'POST', path, params: CaseParams, body, response: RightsCase });

/** Client rights with their legal clocks (issue 16): professionals' pages, the portal and the settings. */
export const rightsRoutes = {
  householdCases: route({ method: 'GET', path: CASES, params: HouseholdParams, response: RightsCaseList }),
  recordRequest: filing(`${CASES}/requests`, RecordRequest),
  fileObjection: filing(`${CASES}/objections`, FileObjection),
  fileComplaint: filing(`${CASES}/complaints`, FileComplaint),
  postpone: caseStep(`${CASES}/:caseId/postponement`, PostponeCase),
  hearing: caseStep(`${CASES}/:caseId/hearing`, PlanHearing),
  acknowledge: caseStep(`${CASES}/:caseId/acknowledgement`, AcknowledgeComplaint),
  decide: caseStep(`${CASES}/:caseId/decision`, DecideCase),
  worklist: route({ method: 'GET', path: '/api/rights/worklist', response: RightsWorklist }),
  mine: route({ method: 'GET', path: '/api/my/rights', response: MyRights }),
  fileMine: route({
    method: 'POST',
    path: '/api/my/rights',
    status: 201,
    body: PortalRightsFiling,
    response: RightsCase,
  }),
  settings: route({ method: 'GET', path: '/api/admin/rights-settings', response: RightsSettings }),
  saveSettings: route({
    method: 'PUT',
    path: '/api/admin/rights-settings',
    body: RightsSettings,
    response: RightsSettings,
  }),
} as const;
