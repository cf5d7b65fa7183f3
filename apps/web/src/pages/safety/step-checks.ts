import type { AfwegingQuestion, MeldcodeStep } from '@een-plan/contracts';
import type { DraftAnswers } from './AfwegingskaderFields.tsx';

/** The fields a step cannot be saved without (the server's rules, said before anything is sent). */
function requiredFields(step: MeldcodeStep, values: Record<string, string>): string[] {
  switch (step) {
    case 'signals':
      return ['observations', 'source', 'observedOn'];
    case 'consultation':
      return ['advice'];
    case 'conversation':
      return values.held === 'yes' ? ['heldOn', 'summary'] : ['notHeldExplanation'];
    case 'weighing':
      return ['risk', 'nature'];
    case 'decision':
      return ['explanation'];
  }
}

/**
 * What is missing, by field name; an afwegingskader question counts as missing when it is half
 * answered (a yes/no without a reason, or a reason without a yes/no), since only whole answers count.
 */
export function missingInStep(
  step: MeldcodeStep,
  values: Record<string, string>,
  draft: DraftAnswers,
): string[] {
  const missing = requiredFields(step, values).filter((name) => !values[name]?.trim());
  if (step !== 'weighing') return missing;
  const halfAnswered = (Object.entries(draft) as Array<[AfwegingQuestion, DraftAnswers[AfwegingQuestion]]>)
    .filter(([, a]) => a && (a.answer === null) !== !a.reason.trim())
    .map(([q]) => q);
  return [...missing, ...halfAnswered];
}
