import type { breakGlassNl } from './break-glass.nl.ts';
import type { TranslationTree } from './translation-tree.ts';

export const breakGlassEn: TranslationTree<typeof breakGlassNl> = {
  breakGlass: {
    nav: 'Emergency access',
    title: 'Emergency access (reporting code)',
    intro:
      'When the safety of a child or adult requires it, you can open a dossier without the family\'s consent. You write down why. Access lasts 24 hours, the team lead reviews it afterwards and the family sees it in "Who has looked at my data", unless a legal ground forbids that.',
    lookupTitle: '1. Find the household',
    lookupIntro:
      'Use data you already have, exactly as recorded. You see only enough to choose the right household. This lookup is recorded too.',
    lookupBy: 'Find by',
    byBsn: 'BSN and date of birth',
    byName: 'Surname, date of birth and postcode',
    bsn: 'BSN',
    lastName: 'Surname',
    postcode: 'Postcode',
    birthDate: 'Date of birth',
    lookup: 'Find',
    lookupInvalid:
      'Fill in every field: a valid BSN (9 digits, 11-test) or surname and postcode (1234 AB), and the date of birth.',
    resultsTitle: 'Found',
    noResults: 'No household found with exactly these data.',
    choose: 'Choose {{name}}',
    openTitle: '2. Why are you opening the dossier of {{name}}?',
    openWarning:
      'You are opening this dossier without consent. Only do this when safety requires it. Your reason, your name and the time are recorded and reviewed.',
    reason: 'Reason',
    reasonHint:
      'At least {{count}} characters. Write down what is going on and why asking for consent is not possible now.',
    reasonTooShort: 'Write a reason of at least {{count}} characters.',
    withhold: 'A legal ground forbids informing the family about this',
    legalGround: 'Legal ground',
    legalGroundHint:
      'For example: ongoing Veilig Thuis investigation. The team lead must then review the access.',
    groundMissing: 'Name the legal ground.',
    open: 'Open dossier',
    opened: 'You have access until {{until}}. The dossier is listed under "My emergency access".',
    mineTitle: 'My emergency access',
    mineEmpty: 'You have not used emergency access in the last 30 days.',
    activeUntil: 'access until {{until}}',
    expiredAt: 'expired on {{at}}',
    review: {
      pending: 'not reviewed yet',
      justified: 'reviewed as justified',
      not_justified: 'reviewed as not justified',
    },
  },
  breakGlassReview: {
    nav: 'Review emergency access',
    title: 'Review emergency access',
    intro:
      'These are the dossiers in your team that were opened without consent. Judge whether that was right. When the family may not be informed, review is mandatory.',
    empty: 'There is nothing to review.',
    itemTitle: '{{who}} opened a dossier on {{at}}',
    mandatory: 'Review mandatory',
    household: 'Household',
    reason: 'Reason',
    until: 'Access until',
    family: 'Family',
    withheld: 'Not informed — legal ground: {{ground}}',
    shown: 'Sees this access in their own overview',
    justified: 'Justified',
    notJustified: 'Not justified',
    note: 'Note (required for "Not justified")',
    noteRequired: 'Write why the access was not justified (at least 10 characters).',
  },
};
