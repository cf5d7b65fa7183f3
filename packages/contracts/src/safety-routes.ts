/** The meldcode routes as one table (decision 0030): registered by the server, called by the web. */
import { z } from 'zod';
import { route } from './route-table.ts';
import {
  AddEntryRequest,
  CloseTrackRequest,
  DesignationAdminList,
  MyDesignations,
  OpenTrackRequest,
  OrganisationTrackList,
  RaadAnswerInput,
  RaadRequestInput,
  ReportRequest,
  SafetyConditionList,
  SetVisibilityRequest,
  TrackList,
  TrackView,
  VeiligThuisQueue,
  VeiligThuisTriageRequest,
  VeiligThuisTriageResult,
} from './safety.ts';

const Id = z.string().min(1).max(64);
const HouseholdParams = z.object({ householdId: Id });
const TrackParams = z.object({ trackId: Id });
const Created = z.object({ id: z.string() });
/** A step's answer: its id, and whatever else the step returns. */
const StepCreated = z.looseObject({ id: z.string() });
const DESIGNATIONS = '/api/admin/meldcode-designations';
const DESIGNATION = `${DESIGNATIONS}/:organisationId/:userId` as const;
const DesignationParams = z.object({ organisationId: Id, userId: Id });
const trackStep = <const P extends string, B extends z.ZodType>(path: P, body: B) =>
  route({ method: 'POST', path, status: 201, params: TrackParams, body, response: StepCreated });

/** The meldcode routes (decision 0015), registered by the server and called by the web (decision 0030). */
export const safetyRoutes = {
  householdTracks: route({
    method: 'GET',
    path: '/api/households/:householdId/safety/tracks',
    params: HouseholdParams,
    response: TrackList,
  }),
  openTrack: route({
    method: 'POST',
    path: '/api/households/:householdId/safety/tracks',
    status: 201,
    params: HouseholdParams,
    body: OpenTrackRequest,
    response: Created,
  }),
  track: route({
    method: 'GET',
    path: '/api/safety/tracks/:trackId',
    params: TrackParams,
    response: TrackView,
  }),
  addEntry: trackStep('/api/safety/tracks/:trackId/entries', AddEntryRequest),
  setVisibility: trackStep('/api/safety/tracks/:trackId/visibility', SetVisibilityRequest),
  close: trackStep('/api/safety/tracks/:trackId/close', CloseTrackRequest),
  report: trackStep('/api/safety/tracks/:trackId/reports', ReportRequest),
  requestRaad: trackStep('/api/safety/tracks/:trackId/raad-requests', RaadRequestInput),
  answerRaad: route({
    method: 'POST',
    path: '/api/safety/raad-requests/:requestId/answer',
    status: 201,
    params: z.object({ requestId: Id }),
    body: RaadAnswerInput,
    response: Created,
  }),
  conditions: route({
    method: 'GET',
    path: '/api/households/:householdId/safety/conditions',
    params: HouseholdParams,
    response: SafetyConditionList,
  }),
  myDesignations: route({ method: 'GET', path: '/api/safety/designations/mine', response: MyDesignations }),
  organisationTracks: route({
    method: 'GET',
    path: '/api/safety/organisation-tracks',
    response: OrganisationTrackList,
  }),
  veiligThuisQueue: route({
    method: 'GET',
    path: '/api/safety/reports',
    querystring: z.object({ status: z.enum(['open', 'all']).default('open') }),
    response: VeiligThuisQueue,
  }),
  triage: route({
    method: 'POST',
    path: '/api/safety/reports/:reportId/triage',
    status: 201,
    params: z.object({ reportId: Id }),
    body: VeiligThuisTriageRequest,
    response: VeiligThuisTriageResult,
  }),
  /** The administrator's list of aandachtsfunctionarissen (decision 0018), and a designation on or off. */
  designations: route({ method: 'GET', path: DESIGNATIONS, response: DesignationAdminList }),
  designate: route({
    method: 'PUT',
    path: DESIGNATION,
    params: DesignationParams,
    response: DesignationAdminList,
  }),
  undesignate: route({
    method: 'DELETE',
    path: DESIGNATION,
    params: DesignationParams,
    response: DesignationAdminList,
  }),
} as const;
