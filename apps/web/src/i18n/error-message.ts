import type { Locale } from '@een-plan/contracts';
import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from '../api/api-error.ts';

/** What to tell a person about a failure: the server's own words when it sent a problem. */
export function errorMessage(error: unknown, language: Locale, t: TFunction): string {
  if (error instanceof ApiError && error.problem) return error.problem.message[language];
  if (error instanceof NetworkError) return t('status.networkError');
  return t('status.genericError');
}
