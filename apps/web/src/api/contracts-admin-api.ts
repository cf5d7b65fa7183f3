import type { ProviderContractInput, ProviderInput, ProviderList } from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

export const providersQuery = queryOptions({
  queryKey: ['admin', 'providers'],
  queryFn: () => apiGet<ProviderList>('/api/admin/providers'),
});

export const contractsAdminApi = {
  createProvider: (input: ProviderInput) => apiSend<{ id: string }>('POST', '/api/admin/providers', input),
  createContract: (input: ProviderContractInput) =>
    apiSend<{ id: string }>('POST', '/api/admin/contracts', input),
};
