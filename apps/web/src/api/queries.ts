import { queryOptions } from '@tanstack/react-query';
import { fetchAuthConfig, fetchDemoUsers, findSession } from './auth-api.ts';
import { fetchHome } from './home-api.ts';

export const sessionQueryKey = ['auth', 'session'] as const;

export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: findSession,
  staleTime: 5 * 60 * 1000,
});

export const authConfigQuery = queryOptions({
  queryKey: ['auth', 'config'],
  queryFn: fetchAuthConfig,
  staleTime: Number.POSITIVE_INFINITY,
});

export const demoUsersQuery = queryOptions({
  queryKey: ['auth', 'demo-users'],
  queryFn: fetchDemoUsers,
  staleTime: Number.POSITIVE_INFINITY,
});

export const homeQuery = queryOptions({
  queryKey: ['home'],
  queryFn: fetchHome,
});
