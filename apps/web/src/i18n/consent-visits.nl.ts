import { ACCESS_WORDS } from '@een-plan/contracts';
/**
 * The family's access log in words (one line per visit) and completing a consent that waits for a
 * second party. Part of the `consent` namespace (B1 for residents).
 */
export const consentVisitsNl = {
  accessWords: {
    caption: 'Wie keek wanneer naar uw gegevens',
    who: '{{name}} ({{role}})',
    visit: '{{who}} {{actions}}',
    details: 'Meer over dit bezoek ({{count}} keer)',
    refused: 'Kreeg geen toegang',
    basisLine: 'Waarom mocht dit: {{bases}}',
    refusedLine: 'Dit mocht niet. Er is niets getoond.',
    mixedLine: 'Een deel mocht niet. Dat deel is niet getoond.',
    deniedClause: ACCESS_WORDS.nl.deniedClause,
    roles: ACCESS_WORDS.nl.roles,
    verbs: ACCESS_WORDS.nl.verbs,
    topics: ACCESS_WORDS.nl.topics,
  },
  completion: {
    pendingTitle: 'Wacht op toestemming',
    pendingIntro: 'Deze toestemming is pas geldig als iedereen die moet kiezen, ja heeft gezegd.',
    pendingForYou:
      '{{grantee}} wil {{sections}} van {{subject}} zien. {{givers}} gaf al toestemming. Nu is uw toestemming nodig.',
    pendingForOthers:
      '{{grantee}} mag {{sections}} van {{subject}} zien. {{givers}} gaf al toestemming. Nog nodig: {{names}}.',
    agree: 'Ja, ik geef ook toestemming',
    agreed: 'Dank u. De toestemming is nu compleet.',
    record: 'Toestemming van {{names}} vastleggen',
    recordWho: 'Wie gaf toestemming?',
    recordOn: 'Op welke dag?',
    recordVia: 'Hoe?',
    signedForm: 'Het getekende formulier zit in het dossier',
    signedFormHint: 'Bij toestemming op papier is dit verplicht.',
    recordSubmit: 'Toestemming vastleggen',
    recorded: 'De toestemming is vastgelegd.',
    coSigned: '{{name}}: {{via}}, {{date}}',
    coSignedBy: 'vastgelegd door {{name}}',
    signedFormOnFile: 'getekend formulier in het dossier',
    nobody: 'niemand',
  },
};
