import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of budgets and the CBS delivery (spread into the catalog). */
export const budgetProblems = {
  budget_area_unknown: {
    status: 422,
    title: 'Unknown area',
    message: {
      nl: 'Dit gebied bestaat niet in deze gemeente. Kies een gebied uit de lijst, of de hele gemeente.',
      en: 'This area does not exist in this municipality. Choose an area from the list, or the whole municipality.',
    },
  },
  budget_amount_too_large: {
    status: 422,
    title: 'Amount too large',
    message: {
      nl: 'Prijs maal aantal is groter dan het hoogste bedrag dat we kunnen bewaren (10 miljard euro).',
      en: 'Price times quantity exceeds the largest amount we can store (10 billion euro).',
    },
  },
} satisfies Record<string, Definition>;
