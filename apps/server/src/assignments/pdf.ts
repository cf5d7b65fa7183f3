import type { Locale } from '@een-plan/contracts';
import { documentDate } from '../http/locale.ts';
import { type LetterBlock, renderLetter } from '../pdf/tagged-pdf.ts';

export interface DecisionLetterData {
  municipalityName: string;
  householdName: string;
  youthFirstName: string;
  assignmentNumber: number;
  decidedOn: string;
  productName: string;
  providerName: string;
  volume: number;
  unit: string;
  frequency: string;
  startDate: string;
  endDate: string;
  coordinatorName: string | null;
}

const UNITS: Record<Locale, Record<string, string>> = {
  nl: {
    '01': 'minuten',
    '04': 'uur',
    '14': 'etmalen',
    '16': 'dagdelen',
    '82': 'stuks',
    '83': 'euro',
    '84': 'stuks',
  },
  en: {
    '01': 'minutes',
    '04': 'hours',
    '14': 'days and nights',
    '16': 'half days',
    '82': 'units',
    '83': 'euros',
    '84': 'units',
  },
};
const FREQUENCIES: Record<Locale, Record<string, string>> = {
  nl: { '1': 'per dag', '2': 'per week', '4': 'per maand', '6': 'in totaal' },
  en: { '1': 'a day', '2': 'a week', '4': 'a month', '6': 'in total' },
};

/**
 * The words of the decision letter (beschikking) in plain language (B1): short sentences (at most
 * 20 words, checked by a test), the objection rules as steps. Dutch or English.
 */
export function decisionLetterBlocks(data: DecisionLetterData, locale: Locale): LetterBlock[] {
  const date = (iso: string) => documentDate(iso, locale);
  const amount =
    `${data.volume} ${UNITS[locale][data.unit] ?? data.unit} ${FREQUENCIES[locale][data.frequency] ?? ''}`.trim();
  if (locale === 'en') {
    return [
      {
        kind: 'meta',
        lines: [
          data.municipalityName,
          `To: ${data.householdName}`,
          `Date: ${date(data.decidedOn)}`,
          `Reference: assignment ${data.assignmentNumber}`,
        ],
      },
      { kind: 'title', text: `Decision on youth help for ${data.youthFirstName}` },
      {
        kind: 'text',
        text:
          `You made a plan with us. The plan says that ${data.youthFirstName} gets help from a youth care provider. ` +
          'This letter tells you our decision. It is a formal decision under the Youth Act (Jeugdwet).',
      },
      { kind: 'heading', text: 'Our decision' },
      {
        kind: 'list',
        items: [
          `Help: ${data.productName}`,
          `By: ${data.providerName}`,
          `How much: ${amount}`,
          `From ${date(data.startDate)} up to and including ${date(data.endDate)}`,
        ],
      },
      { kind: 'heading', text: 'What happens now?' },
      {
        kind: 'text',
        text:
          `${data.providerName} will contact you to start.` +
          (data.coordinatorName
            ? ` Do you have questions? Call or e-mail your coordinator ${data.coordinatorName}.`
            : ''),
      },
      { kind: 'heading', text: 'Do you disagree with this decision?' },
      {
        kind: 'text',
        text: 'Then you can object. Do this within 6 weeks after the date of this letter. Write a letter and put in it:',
      },
      {
        kind: 'list',
        items: [
          'who you are;',
          'which decision it is about (the reference at the top);',
          'why you disagree.',
        ],
      },
      { kind: 'text', text: `Sign the letter. Send it to ${data.municipalityName}.` },
    ];
  }
  return [
    {
      kind: 'meta',
      lines: [
        data.municipalityName,
        `Aan: ${data.householdName}`,
        `Datum: ${date(data.decidedOn)}`,
        `Kenmerk: toewijzing ${data.assignmentNumber}`,
      ],
    },
    { kind: 'title', text: `Besluit over jeugdhulp voor ${data.youthFirstName}` },
    {
      kind: 'text',
      text:
        `U heeft met ons een plan gemaakt. Daarin staat dat ${data.youthFirstName} hulp krijgt van een jeugdhulpaanbieder. ` +
        'In deze brief leest u ons besluit. Dit heet een beschikking. Het besluit is gemaakt op grond van de Jeugdwet.',
    },
    { kind: 'heading', text: 'Ons besluit' },
    {
      kind: 'list',
      items: [
        `Hulp: ${data.productName}`,
        `Door: ${data.providerName}`,
        `Hoeveel: ${amount}`,
        `Van ${date(data.startDate)} tot en met ${date(data.endDate)}`,
      ],
    },
    { kind: 'heading', text: 'Wat gebeurt er nu?' },
    {
      kind: 'text',
      text:
        `${data.providerName} neemt contact met u op om te beginnen.` +
        (data.coordinatorName ? ` Heeft u vragen? Bel of mail uw regisseur ${data.coordinatorName}.` : ''),
    },
    { kind: 'heading', text: 'Bent u het niet eens met dit besluit?' },
    {
      kind: 'text',
      text: 'Dan kunt u bezwaar maken. Doe dat binnen 6 weken na de datum van deze brief. Schrijf een brief. Zet daarin:',
    },
    {
      kind: 'list',
      items: [
        'wie u bent;',
        'over welk besluit het gaat (het kenmerk staat bovenaan);',
        'waarom u het er niet mee eens bent.',
      ],
    },
    {
      kind: 'text',
      text: `Zet uw handtekening onder de brief. Stuur de brief naar ${data.municipalityName}.`,
    },
  ];
}

/** The formal decision (beschikking) on youth help, in plain language (B1), as a tagged PDF for the family. */
export function renderDecisionLetter(data: DecisionLetterData, locale: Locale = 'nl'): Promise<Buffer> {
  return renderLetter(
    {
      title: `${locale === 'en' ? 'Decision on youth help' : 'Beschikking jeugdhulp'} ${data.assignmentNumber}`,
      author: data.municipalityName,
      locale,
    },
    decisionLetterBlocks(data, locale),
  );
}
