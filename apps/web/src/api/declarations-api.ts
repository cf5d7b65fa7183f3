import type { DeclarationInput, DeclarationOutcome } from '@een-plan/contracts';
import { apiSend } from './http-client.ts';

export const declarationApi = {
  /** Declares one month of delivered care (JW323); answers with the municipality's judgement (JW325). */
  declare: (assignmentId: string, input: DeclarationInput) =>
    apiSend<DeclarationOutcome>(
      'POST',
      `/api/provider/assignments/${encodeURIComponent(assignmentId)}/declarations`,
      input,
    ),
};
