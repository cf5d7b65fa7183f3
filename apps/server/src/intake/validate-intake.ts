import { type FieldError, LifeDomainCode, type SaveIntakeRequest } from '@een-plan/contracts';
import { amsterdamDate } from '../referrals/working-days.ts';

/** The order of the conversation (and of ref_life_domain's migration), not alphabetical: the contract's order. */
export const DOMAIN_ORDER = LifeDomainCode.options;

export function validateIntake(input: SaveIntakeRequest, memberIds: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  const seenDomains = new Set<string>();
  input.domains.forEach((d, i) => {
    if (seenDomains.has(d.domainCode)) {
      errors.push({
        path: `body.domains.${i}.domainCode`,
        code: 'duplicate',
        message: { nl: 'Dit leefgebied staat er twee keer in.', en: 'This life domain appears twice.' },
      });
    }
    seenDomains.add(d.domainCode);
  });
  const seenScores = new Set<string>();
  input.scores.forEach((s, i) => {
    if (!memberIds.includes(s.personId)) {
      errors.push({
        path: `body.scores.${i}.personId`,
        code: 'not_a_member',
        message: {
          nl: 'Deze persoon hoort niet (meer) bij het huishouden.',
          en: 'This person is not (or no longer) a member of the household.',
        },
      });
    }
    const key = `${s.personId}/${s.domainCode}`;
    if (seenScores.has(key)) {
      errors.push({
        path: `body.scores.${i}`,
        code: 'duplicate',
        message: {
          nl: 'Er staat al een score voor deze persoon en dit leefgebied.',
          en: 'There already is a score for this person and life domain.',
        },
      });
    }
    seenScores.add(key);
  });
  if (input.status === 'completed') {
    if (!input.conductedOn) {
      errors.push({
        path: 'body.conductedOn',
        code: 'required',
        message: {
          nl: 'Vul de datum van het gesprek in om het af te ronden.',
          en: 'Enter the date of the conversation to complete it.',
        },
      });
    }
    for (const q of ['unsafeAtHome', 'violence', 'childConcern'] as const) {
      if (input.safety[q] === null) {
        errors.push({
          path: `body.safety.${q}`,
          code: 'required',
          message: {
            nl: 'Beantwoord alle veiligheidsvragen om het gesprek af te ronden.',
            en: 'Answer every safety question to complete the conversation.',
          },
        });
      }
    }
  }
  if (input.conductedOn && input.conductedOn > amsterdamDate(new Date())) {
    errors.push({
      path: 'body.conductedOn',
      code: 'in_future',
      message: {
        nl: 'De datum van het gesprek ligt in de toekomst.',
        en: 'The date of the conversation is in the future.',
      },
    });
  }
  return errors;
}
