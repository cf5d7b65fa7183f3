/**
 * The words of the rights letters in plain language (B1: short sentences), Dutch and English.
 * A decision on a request carries the objection clause (Awb 3:45), a decision on an objection
 * the appeal clause; a postponement and an acknowledgement say by when we decide.
 */
import type { Locale, RightsCaseKind, RightsLetterKind, RightsOutcome } from '@een-plan/contracts';
import { documentDate } from '../http/locale.ts';
import type { LetterBlock } from '../pdf/tagged-pdf.ts';

export interface RightsLetterData {
  kind: RightsLetterKind;
  caseKind: RightsCaseKind;
  sender: { name: string; address: string; signatory: string };
  householdName: string;
  householdAddress: string[];
  reference: string;
  date: string;
  subject: string;
  receivedOn: string;
  outcome: RightsOutcome | null;
  reason: string | null;
  dueOn: string | null;
  postponementReason: string | null;
  routedToName: string | null;
  /** Decision on a request: the last day to object. */
  objectUntil: string | null;
}

const OUTCOME: Record<Locale, Record<RightsOutcome, string>> = {
  nl: {
    granted: 'U krijgt wat u vroeg.',
    partly_granted: 'U krijgt een deel van wat u vroeg.',
    refused: 'U krijgt niet wat u vroeg.',
    well_founded: 'U krijgt gelijk.',
    partly_well_founded: 'U krijgt voor een deel gelijk.',
    unfounded: 'U krijgt geen gelijk.',
    inadmissible: 'Wij behandelen uw bezwaar niet.',
    founded: 'Uw klacht is terecht.',
    partly_founded: 'Uw klacht is voor een deel terecht.',
    not_founded: 'Uw klacht is niet terecht.',
    agreed: 'Ja, dat mag.',
    declined: 'Nee, dat doen wij niet.',
  },
  en: {
    granted: 'You get what you asked for.',
    partly_granted: 'You get part of what you asked for.',
    refused: 'You do not get what you asked for.',
    well_founded: 'You are right.',
    partly_well_founded: 'You are partly right.',
    unfounded: 'You are not right.',
    inadmissible: 'We do not deal with your objection.',
    founded: 'Your complaint is justified.',
    partly_founded: 'Your complaint is partly justified.',
    not_founded: 'Your complaint is not justified.',
    agreed: 'Yes, you may.',
    declined: 'No, we will not do that.',
  },
};

const WORDS = {
  nl: {
    to: 'Aan',
    date: 'Datum',
    reference: 'Kenmerk',
    what: {
      request: 'uw aanvraag',
      objection: 'uw bezwaar',
      complaint: 'uw klacht',
      second_opinion: 'uw vraag om een tweede mening (second opinion)',
      coordinator_change: 'uw vraag om een andere regisseur',
    } satisfies Record<RightsCaseKind, string>,
    title: {
      decision: 'Ons besluit over',
      postponement: 'Wij hebben meer tijd nodig voor',
      objection_decision: 'Ons besluit over',
      complaint_acknowledgement: 'Wij hebben ontvangen:',
    } satisfies Record<RightsLetterKind, string>,
    received: (what: string, on: string) => `Wij kregen ${what} op ${on}.`,
    about: (subject: string) => `Het gaat over: ${subject}`,
    decisionHeading: 'Ons besluit',
    why: 'Waarom?',
    postponed: (on: string) => `Wij beslissen uiterlijk op ${on}.`,
    postponedWhy: (reason: string) => `Wij hebben meer tijd nodig. De reden is: ${reason}`,
    routed: (name: string) => `Uw klacht gaat naar de klachtenregeling van ${name}.`,
    handledBy: (on: string) => `U hoort uiterlijk op ${on} wat er met uw klacht gebeurt.`,
    objectHeading: 'Bent u het niet eens met dit besluit?',
    objectText: (until: string) =>
      `Dan kunt u bezwaar maken. Doe dat uiterlijk op ${until}. Dat is 6 weken na dit besluit. Schrijf een brief of gebruik Mijn rechten in het portaal. Zet daarin:`,
    objectItems: [
      'wie u bent;',
      'over welk besluit het gaat (het kenmerk staat bovenaan);',
      'waarom u het er niet mee eens bent.',
    ],
    appealHeading: 'Bent u het nog steeds niet eens?',
    appealText:
      'Dan kunt u in beroep gaan bij de rechtbank. Doe dat binnen 6 weken na de datum van deze brief. Op rechtspraak.nl leest u hoe dat gaat.',
    questions: 'Heeft u vragen? Neem contact op met uw regisseur.',
    greeting: 'Met vriendelijke groet,',
  },
  en: {
    to: 'To',
    date: 'Date',
    reference: 'Reference',
    what: {
      request: 'your request',
      objection: 'your objection',
      complaint: 'your complaint',
      second_opinion: 'your request for a second opinion',
      coordinator_change: 'your request for another coordinator',
    } satisfies Record<RightsCaseKind, string>,
    title: {
      decision: 'Our decision on',
      postponement: 'We need more time for',
      objection_decision: 'Our decision on',
      complaint_acknowledgement: 'We have received',
    } satisfies Record<RightsLetterKind, string>,
    received: (what: string, on: string) => `We received ${what} on ${on}.`,
    about: (subject: string) => `It is about: ${subject}`,
    decisionHeading: 'Our decision',
    why: 'Why?',
    postponed: (on: string) => `We will decide by ${on} at the latest.`,
    postponedWhy: (reason: string) => `We need more time. The reason is: ${reason}`,
    routed: (name: string) => `Your complaint goes to the complaints procedure of ${name}.`,
    handledBy: (on: string) => `You will hear by ${on} what happens with your complaint.`,
    objectHeading: 'Do you disagree with this decision?',
    objectText: (until: string) =>
      `Then you can object. Do this by ${until} at the latest. That is 6 weeks after this decision. Write a letter or use My rights in the portal. Put in it:`,
    objectItems: [
      'who you are;',
      'which decision it is about (the reference at the top);',
      'why you disagree.',
    ],
    appealHeading: 'Do you still disagree?',
    appealText:
      'Then you can appeal to the court. Do this within 6 weeks after the date of this letter. Rechtspraak.nl explains how.',
    questions: 'Do you have questions? Contact your coordinator.',
    greeting: 'Kind regards,',
  },
} as const;

export function letterTitle(data: RightsLetterData, locale: Locale): string {
  const w = WORDS[locale];
  return `${w.title[data.kind]} ${w.what[data.caseKind]}`;
}

export function rightsLetterBlocks(data: RightsLetterData, locale: Locale): LetterBlock[] {
  const w = WORDS[locale];
  const date = (iso: string) => documentDate(iso, locale);
  const blocks: LetterBlock[] = [
    { kind: 'meta', lines: [data.sender.name, ...data.sender.address.split('\n').filter(Boolean)] },
    {
      kind: 'meta',
      lines: [
        `${w.to}: ${data.householdName}`,
        ...data.householdAddress,
        `${w.date}: ${date(data.date)}`,
        `${w.reference}: ${data.reference}`,
      ],
    },
    { kind: 'title', text: letterTitle(data, locale) },
    {
      kind: 'text',
      text: `${w.received(w.what[data.caseKind], date(data.receivedOn))} ${w.about(data.subject)}`,
    },
  ];
  if (data.kind === 'postponement') {
    if (data.postponementReason) blocks.push({ kind: 'text', text: w.postponedWhy(data.postponementReason) });
    if (data.dueOn) blocks.push({ kind: 'text', text: w.postponed(date(data.dueOn)) });
  }
  if (data.kind === 'complaint_acknowledgement') {
    if (data.routedToName) blocks.push({ kind: 'text', text: w.routed(data.routedToName) });
    if (data.dueOn) blocks.push({ kind: 'text', text: w.handledBy(date(data.dueOn)) });
  }
  if ((data.kind === 'decision' || data.kind === 'objection_decision') && data.outcome) {
    blocks.push(
      { kind: 'heading', text: w.decisionHeading },
      { kind: 'text', text: OUTCOME[locale][data.outcome] },
    );
    if (data.reason) blocks.push({ kind: 'heading', text: w.why }, { kind: 'text', text: data.reason });
  }
  if (data.kind === 'decision' && data.caseKind === 'request' && data.objectUntil) {
    blocks.push(
      { kind: 'heading', text: w.objectHeading },
      { kind: 'text', text: w.objectText(date(data.objectUntil)) },
      { kind: 'list', items: [...w.objectItems] },
    );
  }
  if (data.kind === 'objection_decision') {
    blocks.push({ kind: 'heading', text: w.appealHeading }, { kind: 'text', text: w.appealText });
  }
  blocks.push({ kind: 'text', text: w.questions });
  blocks.push({
    kind: 'meta',
    lines: [w.greeting, data.sender.signatory || data.sender.name],
  });
  return blocks;
}
