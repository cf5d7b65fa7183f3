import { dutchDay } from './dutch-day.ts';
import type { TestClient } from './test-app.ts';

/**
 * The coordinator records on paper that Anouk and Tom consent to sharing Tom's plan with the
 * youth-care organisation until `validUntil` (given yesterday): the answer as it comes.
 */
export function recordTomsPlanConsent(
  coordinator: TestClient,
  validUntil: string,
  purposeText = 'Gesprekken met Tom',
) {
  return coordinator.request({
    method: 'POST',
    url: '/api/households/hh-jansen/consents',
    payload: {
      subjectPersonId: 'p-tom',
      grantee: { kind: 'organisation', ref: 'org-jeugdhulp' },
      sections: ['plan'],
      purposeCategory: 'care_delivery',
      purposeText,
      validUntil,
      recorded: { givenByPersonIds: ['p-anouk', 'p-tom'], givenOn: dutchDay(-1), via: 'conversation' },
    },
  });
}
