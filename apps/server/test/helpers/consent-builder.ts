import { dutchDay } from './dutch-day.ts';
import type { TestClient } from './test-app.ts';

/** A consent given in the Jansen household, for care delivery; the answer as it comes. */
const giveJansenConsent = (client: TestClient, consent: Record<string, unknown>) =>
  client.request({
    method: 'POST',
    url: '/api/households/hh-jansen/consents',
    payload: { purposeCategory: 'care_delivery', ...consent },
  });

/**
 * The coordinator records on paper that Anouk and Tom consent to sharing Tom's plan with the
 * youth-care organisation until `validUntil` (given yesterday): the answer as it comes.
 */
export function recordTomsPlanConsent(
  coordinator: TestClient,
  validUntil: string,
  purposeText = 'Gesprekken met Tom',
) {
  return giveJansenConsent(coordinator, {
    subjectPersonId: 'p-tom',
    grantee: { kind: 'organisation', ref: 'org-jeugdhulp' },
    sections: ['plan'],
    purposeText,
    validUntil,
    recorded: { givenByPersonIds: ['p-anouk', 'p-tom'], givenOn: dutchDay(-1), via: 'conversation' },
  });
}

/** Lisa (16) lets her mother Anouk, in the portal, see these parts of her dossier: the answer as it comes. */
export function lisaLetsAnoukSee(
  lisa: TestClient,
  sections: string[],
  purposeText: string,
  validUntil: string,
) {
  return giveJansenConsent(lisa, {
    subjectPersonId: 'p-lisa',
    grantee: { kind: 'user', ref: 'u-anouk' },
    sections,
    purposeText,
    validUntil,
  });
}
