import type { Locale, Role } from './auth.ts';
import type { AccessLogEntry, AccessTopic, AccessVerb, ConsentSection } from './consent.ts';

/**
 * The family's access log in words, Dutch and English (B1): one source for the web page
 * (`apps/web/src/i18n/consent-visits.*.ts`, `consent.*.ts`) and the server's CSV and PDFs.
 * `{{what}}` is filled in with a topic.
 */
export const ACCESS_WORDS: Readonly<Record<Locale, AccessWords>> = {
  nl: {
    roles: {
      coordinator: 'regisseur',
      team_lead: 'teamleider',
      source: 'school of huisarts',
      provider: 'hulpverlener',
      safety: 'Veilig Thuis',
      policy_analyst: 'beleidsmedewerker',
      admin: 'beheerder',
      resident: 'gezinslid',
      crisis_service: 'crisisdienst',
      certified_institution: 'jeugdbeschermer (gecertificeerde instelling)',
    },
    verbs: {
      viewed: 'bekeek {{what}}',
      changed: 'veranderde {{what}}',
      added: 'voegde iets toe aan {{what}}',
      agreed: 'ging akkoord met {{what}}',
      decided: 'nam een besluit over {{what}}',
      revoked: 'trok iets in bij {{what}}',
      downloaded: 'downloadde {{what}}',
      searched: 'zocht naar {{what}}',
      listed: 'zag {{what}} in een lijst',
      opened: 'opende {{what}}',
      other: 'deed iets met {{what}}',
    },
    deniedClause: 'kreeg geen toegang tot {{what}}',
    topics: {
      household: 'de gegevens van uw gezin',
      members: 'de gezinsleden',
      network: 'het netwerk van uw gezin',
      plan: 'uw gezinsplan',
      intake: 'het keukentafelgesprek',
      self_reliance: 'de scores over hoe het gaat',
      consents: 'de toestemmingen',
      care: 'de hulp voor uw gezin',
      signal: 'de aanmelding van uw gezin',
      rights: 'uw aanvragen, bezwaren en klachten',
      break_glass: 'uw dossier met noodtoegang',
      access_log: 'dit overzicht',
      all_data: 'al uw gegevens',
      other: 'uw gegevens',
    },
    bases: {
      relationship: 'Betrokken bij uw gezin',
      consent: 'Met uw toestemming',
      break_glass: 'Noodtoegang (veiligheid)',
      own_household: 'Uzelf of uw gezinslid',
      own_work: 'Voor hun eigen taak bij uw gezin',
      other: 'Om een andere reden',
    },
    sections: {
      plan: 'Gezinsplan',
      intake: 'Keukentafelgesprek en wat iemand zelf kan (zelfredzaamheid)',
      safety: 'Veiligheid',
      documents: 'Documenten',
      contact: 'Contactgegevens',
      assignments: 'Toewijzingen van zorg',
    },
  },
  en: {
    roles: {
      coordinator: 'coordinator',
      team_lead: 'team lead',
      source: 'school or GP',
      provider: 'care provider',
      safety: 'Veilig Thuis',
      policy_analyst: 'policy officer',
      admin: 'administrator',
      resident: 'family member',
      crisis_service: 'crisis service',
      certified_institution: 'child protection worker (certified institution)',
    },
    verbs: {
      viewed: 'looked at {{what}}',
      changed: 'changed {{what}}',
      added: 'added something to {{what}}',
      agreed: 'agreed to {{what}}',
      decided: 'made a decision about {{what}}',
      revoked: 'withdrew something in {{what}}',
      downloaded: 'downloaded {{what}}',
      searched: 'searched for {{what}}',
      listed: 'saw {{what}} in a list',
      opened: 'opened {{what}}',
      other: 'did something with {{what}}',
    },
    deniedClause: 'was refused access to {{what}}',
    topics: {
      household: "your family's details",
      members: 'the family members',
      network: "your family's network",
      plan: 'your family plan',
      intake: 'the kitchen-table talk',
      self_reliance: 'the scores on how things are going',
      consents: 'the consents',
      care: 'the care for your family',
      signal: 'the referral of your family',
      rights: 'your requests, objections and complaints',
      break_glass: 'your file with emergency access',
      access_log: 'this overview',
      all_data: 'all your data',
      other: 'your data',
    },
    bases: {
      relationship: 'Involved with your family',
      consent: 'With your consent',
      break_glass: 'Emergency access (safety)',
      own_household: 'You or a family member',
      own_work: 'For their own task with your family',
      other: 'For another reason',
    },
    sections: {
      plan: 'Family plan',
      intake: 'Kitchen-table talk and what someone can do alone (self-reliance)',
      safety: 'Safety',
      documents: 'Documents',
      contact: 'Contact details',
      assignments: 'Care assignments',
    },
  },
};

export interface AccessWords {
  /** Every role a person can have (the log names it after the person). */
  roles: Record<Role, string>;
  verbs: Record<AccessVerb, string>;
  deniedClause: string;
  topics: Record<AccessTopic, string>;
  bases: Record<AccessLogEntry['basis'], string>;
  sections: Record<ConsentSection, string>;
}

/** "bekeek uw gezinsplan" / "looked at your family plan" for one row of the log. */
export function accessEntryWords(
  entry: Pick<AccessLogEntry, 'activity' | 'outcome'>,
  locale: Locale,
): string {
  const w = ACCESS_WORDS[locale];
  const what = w.topics[entry.activity.topic];
  const template = entry.outcome === 'success' ? w.verbs[entry.activity.verb] : w.deniedClause;
  return template.replace('{{what}}', what);
}
