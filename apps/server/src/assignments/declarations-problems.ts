import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of declarations (JW323) from the provider's screen (spread into the catalog). */
export const declarationProblems = {
  declaration_not_started: {
    status: 409,
    title: 'Care has not started',
    message: {
      nl: 'U kunt pas declareren als de start van de hulp is gemeld.',
      en: 'You can only declare once the start of care has been reported.',
    },
  },
  declaration_month_outside: {
    status: 400,
    title: 'Month outside the care period',
    message: {
      nl: 'In deze maand is geen hulp geleverd volgens de toewijzing. Kies een maand tussen de start en de stop.',
      en: 'No care was delivered in this month according to the assignment. Choose a month between the start and the stop.',
    },
  },
  declaration_month_not_over: {
    status: 400,
    title: 'Month not over yet',
    message: {
      nl: 'U kunt een maand pas declareren als die voorbij is.',
      en: 'You can only declare a month once it is over.',
    },
  },
} as const satisfies Record<string, Definition>;
