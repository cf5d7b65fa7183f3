import { ACCESS_WORDS } from '@een-plan/contracts';
import type { consentVisitsNl } from './consent-visits.nl.ts';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

export const consentVisitsEn: Texts<typeof consentVisitsNl> = {
  accessWords: {
    caption: 'Who looked at your data, and when',
    who: '{{name}} ({{role}})',
    visit: '{{who}} {{actions}}',
    details: 'More about this visit ({{count}} times)',
    refused: 'Was refused',
    basisLine: 'Why this was allowed: {{bases}}',
    refusedLine: 'This was not allowed. Nothing was shown.',
    mixedLine: 'Part of this was not allowed. That part was not shown.',
    deniedClause: ACCESS_WORDS.en.deniedClause,
    roles: ACCESS_WORDS.en.roles,
    verbs: ACCESS_WORDS.en.verbs,
    topics: ACCESS_WORDS.en.topics,
  },
  completion: {
    pendingTitle: 'Waiting for consent',
    pendingIntro: 'This consent only counts when everyone who must choose has said yes.',
    pendingForYou:
      '{{grantee}} wants to see {{sections}} of {{subject}}. {{givers}} already gave consent. Now your consent is needed.',
    pendingForOthers:
      '{{grantee}} may see {{sections}} of {{subject}}. {{givers}} already gave consent. Still needed: {{names}}.',
    agree: 'Yes, I also give consent',
    agreed: 'Thank you. The consent is now complete.',
    record: 'Record the consent of {{names}}',
    recordWho: 'Who gave consent?',
    recordOn: 'On which day?',
    recordVia: 'How?',
    signedForm: 'The signed form is in the file',
    signedFormHint: 'Required for consent on paper.',
    recordSubmit: 'Record consent',
    recorded: 'The consent has been recorded.',
    coSigned: '{{name}}: {{via}}, {{date}}',
    coSignedBy: 'recorded by {{name}}',
    signedFormOnFile: 'signed form in the file',
    nobody: 'nobody',
  },
};
