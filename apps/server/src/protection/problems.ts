import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of child-protection measures (spread into the catalog). */
export const protectionProblems = {
  measure_exceeds_maximum: {
    status: 422,
    title: 'Longer than the law allows',
    message: {
      nl: 'De einddatum ligt na de wettelijke maximale duur: OTS en machtiging uithuisplaatsing ten hoogste 1 jaar (ook per verlenging), voorlopige OTS ten hoogste 3 maanden, voogdij tot de 18e verjaardag.',
      en: 'The end date is past the legal maximum: OTS and out-of-home placement authorisation at most 1 year (also per extension), provisional OTS at most 3 months, guardianship until the 18th birthday.',
    },
  },
  measure_not_extendable: {
    status: 409,
    title: 'Measure cannot be extended',
    message: {
      nl: 'Deze maatregel kan niet worden verlengd: een voorlopige OTS en voogdij worden niet verlengd, en een beëindigde, verlopen of vervallen maatregel ook niet.',
      en: 'This measure cannot be extended: a provisional OTS and guardianship are not extended, nor is a measure that ended, expired or lapsed.',
    },
  },
  measure_not_active: {
    status: 409,
    title: 'Measure no longer in force',
    message: {
      nl: 'Deze maatregel is beëindigd, verlopen of vervallen.',
      en: 'This measure has ended, expired or lapsed.',
    },
  },
  measure_person_not_child: {
    status: 422,
    title: 'Not a minor in this household',
    message: {
      nl: 'Een kinderbeschermingsmaatregel geldt voor een minderjarige die (nu) bij dit huishouden hoort.',
      en: 'A child-protection measure applies to a minor who is (currently) a member of this household.',
    },
  },
  measure_date_invalid: {
    status: 422,
    title: 'Date not possible',
    message: {
      nl: 'Deze datum past niet bij de looptijd van de maatregel. Controleer de datum.',
      en: 'This date does not fit the period of the measure. Check the date.',
    },
  },
} as const satisfies Record<string, Definition>;
