import type { DeclarationHistory, DeclarationInput, DeclarationOutcome } from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

const base = (assignmentId: string) =>
  `/api/provider/assignments/${encodeURIComponent(assignmentId)}/declarations`;

export const declarationApi = {
  /** Declares one month of delivered care (JW323); answers with the municipality's judgement (JW325). */
  declare: (assignmentId: string, input: DeclarationInput) =>
    apiSend<DeclarationOutcome>('POST', base(assignmentId), input),
};

/** Under ['assignments'], so a new declaration (which invalidates that key) refreshes it too. */
export const declarationHistoryQuery = (assignmentId: string) =>
  queryOptions({
    queryKey: ['assignments', 'declarations', assignmentId],
    queryFn: () => apiGet<DeclarationHistory>(base(assignmentId)),
  });
