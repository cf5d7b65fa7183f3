import type { HomeResponse } from '@een-plan/contracts';
import { apiGet } from './http-client.ts';

export function fetchHome(): Promise<HomeResponse> {
  return apiGet<HomeResponse>('/api/home');
}
