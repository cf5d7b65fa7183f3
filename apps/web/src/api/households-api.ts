import type {
  AddMemberRequest,
  CaseloadPage,
  EndMemberRequest,
  HouseholdDossier,
  HouseholdSearchRequest,
  HouseholdSearchResponse,
  Intake,
  IntakeView,
  MoveMemberRequest,
  NetworkDecision,
  NetworkMember,
  NetworkMemberInput,
  NetworkSuggestionInput,
  PortalPreparationView,
  Preparation,
  SaveIntakeRequest,
  SavePreparationRequest,
  UpdateMemberRequest,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';
import { keysetPagesQuery } from './keyset-pages.ts';

const enc = encodeURIComponent;

/** The caseload's first page: enough to pick one of one's households from. */
export const caseloadFirstPageQuery = queryOptions({
  queryKey: ['households', 'caseload', 'first'],
  queryFn: () => apiGet<CaseloadPage>('/api/households'),
});

/** The caseload page by page, each after the last one's cursor (decision 0031). */
export const caseloadPagesQuery = keysetPagesQuery<CaseloadPage, ['households', 'caseload', 'pages']>(
  ['households', 'caseload', 'pages'],
  '/api/households',
);

export const householdDossierQuery = (householdId: string) =>
  queryOptions({
    queryKey: ['households', 'dossier', householdId],
    queryFn: () => apiGet<HouseholdDossier>(`/api/households/${enc(householdId)}`),
  });

export const intakeViewQuery = (householdId: string) =>
  queryOptions({
    queryKey: ['households', 'intake', householdId],
    queryFn: () => apiGet<IntakeView>(`/api/households/${enc(householdId)}/intake`),
  });

export const portalPreparationQuery = queryOptions({
  queryKey: ['portal', 'preparation'],
  queryFn: () => apiGet<PortalPreparationView>('/api/portal/preparation'),
});

/** BSN and other criteria travel in the body, never in the address. */
export function searchHouseholds(request: HouseholdSearchRequest): Promise<HouseholdSearchResponse> {
  return apiSend<HouseholdSearchResponse>('POST', '/api/households/search', request);
}

export function saveIntake(householdId: string, request: SaveIntakeRequest): Promise<Intake> {
  return apiSend<Intake>('PUT', `/api/households/${enc(householdId)}/intake`, request);
}

export function addNetworkMember(householdId: string, input: NetworkMemberInput): Promise<NetworkMember> {
  return apiSend<NetworkMember>('POST', `/api/households/${enc(householdId)}/network`, input);
}

export function decideNetworkMember(
  householdId: string,
  memberId: string,
  decision: NetworkDecision,
): Promise<NetworkMember> {
  return apiSend<NetworkMember>(
    'POST',
    `/api/households/${enc(householdId)}/network/${enc(memberId)}/decision`,
    decision,
  );
}

export function savePreparation(request: SavePreparationRequest): Promise<Preparation> {
  return apiSend<Preparation>('PUT', '/api/portal/preparation', request);
}

export function suggestNetworkMember(input: NetworkSuggestionInput): Promise<NetworkMember> {
  return apiSend<NetworkMember>('POST', '/api/portal/network-suggestions', input);
}

export function addMember(householdId: string, request: AddMemberRequest): Promise<{ personId: string }> {
  return apiSend<{ personId: string }>('POST', `/api/households/${enc(householdId)}/members`, request);
}

export function moveMember(
  householdId: string,
  personId: string,
  request: MoveMemberRequest,
): Promise<unknown> {
  return apiSend('POST', `/api/households/${enc(householdId)}/members/${enc(personId)}/move`, request);
}

export function updateMember(
  householdId: string,
  personId: string,
  request: UpdateMemberRequest,
): Promise<unknown> {
  return apiSend('PATCH', `/api/households/${enc(householdId)}/members/${enc(personId)}`, request);
}

export function endMember(
  householdId: string,
  personId: string,
  request: EndMemberRequest,
): Promise<unknown> {
  return apiSend('POST', `/api/households/${enc(householdId)}/members/${enc(personId)}/end`, request);
}
