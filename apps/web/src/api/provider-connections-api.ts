import type { ApiClientCreated, ApiClientList, AssignmentSettings } from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

const clientsPath = (organisationId: string) =>
  `/api/admin/providers/${encodeURIComponent(organisationId)}/api-clients`;

export const apiClientsQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['admin', 'api-clients', organisationId],
    queryFn: () => apiGet<ApiClientList>(clientsPath(organisationId)),
  });

export const assignmentSettingsQuery = queryOptions({
  queryKey: ['admin', 'assignment-settings'],
  queryFn: () => apiGet<AssignmentSettings>('/api/admin/assignment-settings'),
});

export const providerConnectionsApi = {
  create: (organisationId: string, label: string) =>
    apiSend<ApiClientCreated>('POST', clientsPath(organisationId), { label }),
  revoke: (organisationId: string, id: string) =>
    apiSend<null>('DELETE', `${clientsPath(organisationId)}/${encodeURIComponent(id)}`),
  saveSettings: (settings: AssignmentSettings) =>
    apiSend<AssignmentSettings>('PUT', '/api/admin/assignment-settings', settings),
};
