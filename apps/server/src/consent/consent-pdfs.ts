import {
  ACCESS_WORDS,
  type AccessLogEntry,
  type AccessLogPage,
  accessEntryWords,
  type ConsentSection,
  type Locale,
} from '@een-plan/contracts';
import { documentDate } from '../http/locale.ts';
import { newTaggedDocument } from '../pdf/tagged-pdf.ts';
import { roleWords } from './access-log.ts';

/** The family's PDFs in plain language (B1), Dutch and English. Log words: `ACCESS_WORDS`. */
const TEXT = {
  nl: {
    lang: 'nl-NL',
    logTitle: 'Wie heeft mijn gegevens bekeken',
    made: (household: string, when: string) => `${household} · gemaakt op ${when}`,
    section: (name: string) => `onderdeel: ${name}`,
    from: (date: string) => `vanaf ${date}`,
    to: (date: string) => `tot en met ${date}`,
    chosen: (filters: string) => `Gekozen: ${filters}`,
    logIntro:
      'Hieronder staat wie uw gegevens heeft bekeken of veranderd, wanneer en waarom dat mocht. ' +
      'Ook pogingen die wij hebben geweigerd staan erbij. Het nieuwste staat bovenaan.',
    noneFound: 'Niemand heeft in deze periode uw gegevens bekeken',
    count: (n: number) => `${n} keer bekeken`,
    more: 'Er is meer. Kies in Mijn plan een kortere periode.',
    refused: 'dit mocht niet',
    dataTitle: 'Mijn gegevens',
    dataIntro: (when: string) => `Gemaakt op ${when}. Dit is alles wat Eén Plan over u bewaart.`,
    aboutYou: 'Over u',
    name: 'Naam',
    birthDate: 'Geboortedatum',
    phone: 'Telefoon',
    email: 'E-mail',
    unknown: 'niet bekend',
    family: 'Uw gezin',
    since: (date: string) => `sinds ${date}`,
    until: (date: string) => `tot ${date}`,
    memberRole: {
      gezagsdrager: 'ouder met gezag',
      kind: 'kind',
      partner: 'partner',
      other: 'ander gezinslid',
    } as Record<string, string>,
    otherMember: 'gezinslid',
    goals: 'Doelen over u in het gezinsplan',
    noGoals: 'Er staan geen doelen over u in een plan.',
    goal: (description: string, when: string, by: string | null) =>
      `${description} (het is gelukt als: ${when}${by ? `; klaar voor ${by}` : ''})`,
    scores: 'Hoe gaat het? Uw scores van 1 (slecht) tot 5 (goed)',
    noScores: 'Er zijn nog geen scores over u.',
    consents: 'Toestemmingen over u',
    noConsents: 'U heeft nog geen toestemming gegeven.',
    consent: (who: string, what: string, from: string, to: string) =>
      `${who} mag dit zien: ${what}. Van ${from} tot en met ${to}.`,
    revoked: (date: string) => ` U trok de toestemming in op ${date}.`,
    whoLooked: 'Wie heeft uw gegevens bekeken',
    nobody: 'Niemand.',
  },
  en: {
    lang: 'en-GB',
    logTitle: 'Who has looked at my data',
    made: (household: string, when: string) => `${household} · made on ${when}`,
    section: (name: string) => `part: ${name}`,
    from: (date: string) => `from ${date}`,
    to: (date: string) => `until ${date}`,
    chosen: (filters: string) => `Chosen: ${filters}`,
    logIntro:
      'Below you see who looked at or changed your data, when, and why that was allowed. ' +
      'Attempts that we refused are also listed. The newest is at the top.',
    noneFound: 'Nobody looked at your data in this period',
    count: (n: number) => `Looked at ${n} times`,
    more: 'There is more. Choose a shorter period in My plan.',
    refused: 'this was not allowed',
    dataTitle: 'My data',
    dataIntro: (when: string) => `Made on ${when}. This is everything Eén Plan keeps about you.`,
    aboutYou: 'About you',
    name: 'Name',
    birthDate: 'Date of birth',
    phone: 'Phone',
    email: 'Email',
    unknown: 'not known',
    family: 'Your family',
    since: (date: string) => `since ${date}`,
    until: (date: string) => `until ${date}`,
    memberRole: {
      gezagsdrager: 'parent with parental authority',
      kind: 'child',
      partner: 'partner',
      other: 'other family member',
    } as Record<string, string>,
    otherMember: 'family member',
    goals: 'Goals about you in the family plan',
    noGoals: 'There are no goals about you in a plan.',
    goal: (description: string, when: string, by: string | null) =>
      `${description} (it has worked when: ${when}${by ? `; done by ${by}` : ''})`,
    scores: 'How are things going? Your scores from 1 (bad) to 5 (good)',
    noScores: 'There are no scores about you yet.',
    consents: 'Consents about you',
    noConsents: 'You have not given consent yet.',
    consent: (who: string, what: string, from: string, to: string) =>
      `${who} may see: ${what}. From ${from} until ${to}.`,
    revoked: (date: string) => ` You withdrew the consent on ${date}.`,
    whoLooked: 'Who has looked at your data',
    nobody: 'Nobody.',
  },
} as const;

function moment(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TEXT[locale].lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

const date = (iso: string, locale: Locale) => documentDate(iso.slice(0, 10), locale);

const sectionName = (section: string, locale: Locale): string =>
  (
    ACCESS_WORDS[locale].sections[section as ConsentSection] ?? ACCESS_WORDS[locale].topics.other
  ).toLowerCase();

/** A tagged A4 document (the project's one PDF builder). */
function newDocument(
  title: string,
  locale: Locale,
): { doc: PDFKit.PDFDocument; done: () => Promise<Buffer> } {
  const t = newTaggedDocument({ title, author: 'Eén Plan', locale });
  return { doc: t.doc, done: t.finish };
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(text).font('Helvetica').fontSize(11);
}

/** One row, in the page's words: "3 november 2026 14:05 — Sanne de Vries (regisseur), Sociaal Team — bekeek uw gezinsplan — betrokken bij uw gezin". */
function entryLine(e: AccessLogEntry, locale: Locale): string {
  const role = roleWords(e.role, locale);
  const who = [role ? `${e.who} (${role})` : e.who, e.organisation].filter(Boolean).join(', ');
  const why =
    e.outcome === 'success' ? ACCESS_WORDS[locale].bases[e.basis].toLowerCase() : TEXT[locale].refused;
  return `${moment(e.occurredAt, locale)} — ${who} — ${accessEntryWords(e, locale)} — ${why}`;
}

const LIST = { bulletRadius: 2, indent: 12, textIndent: 10 };

/** "Wie heeft mijn gegevens bekeken" as a readable PDF: the same entries as the page and the CSV. */
export function renderAccessLogPdf(
  page: AccessLogPage,
  opts: { householdName: string; filter: { section?: string; from?: string; to?: string }; locale: Locale },
): Promise<Buffer> {
  const { locale } = opts;
  const w = TEXT[locale];
  const { doc, done } = newDocument(w.logTitle, locale);
  doc.font('Helvetica-Bold').fontSize(18).text(w.logTitle);
  doc.font('Helvetica').fontSize(11).moveDown(0.3);
  doc.text(w.made(opts.householdName, moment(new Date().toISOString(), locale)));
  const filters = [
    opts.filter.section ? w.section(sectionName(opts.filter.section, locale)) : null,
    opts.filter.from ? w.from(date(opts.filter.from, locale)) : null,
    opts.filter.to ? w.to(date(opts.filter.to, locale)) : null,
  ].filter(Boolean);
  if (filters.length > 0) doc.text(w.chosen(filters.join(', ')));
  doc.moveDown(0.5);
  doc.text(w.logIntro);
  heading(doc, page.entries.length === 0 ? w.noneFound : w.count(page.entries.length));
  if (page.entries.length > 0)
    doc.list(
      page.entries.map((e) => entryLine(e, locale)),
      LIST,
    );
  if (page.hasMore) doc.moveDown().text(w.more);
  return done();
}

interface MyDataForPdf {
  exportedAt: string;
  person: {
    firstName: string;
    lastName: string;
    birthDate: string;
    phone: string | null;
    email: string | null;
  } | null;
  memberships: Array<{ householdName: string; memberRole: string; since: string; until: string | null }>;
  consents: Array<{
    granteeName: string;
    sections: string[];
    purposeCategory: string;
    validFrom: string;
    validUntil: string;
    revokedAt: string | null;
  }>;
  selfReliance: Array<{ domainCode: string; score: number; measuredOn: string }>;
  goals: Array<{ description: string; achievedWhen: string; targetDate: string | null; planState: string }>;
  accessLog: AccessLogEntry[];
}

/** All data about the resident (AVG right of access), readable: the JSON download in plain words. */
export function renderMyDataPdf(
  data: MyDataForPdf,
  opts: { locale: Locale; domainNames: ReadonlyMap<string, { nl: string; en: string }> },
): Promise<Buffer> {
  const { locale } = opts;
  const w = TEXT[locale];
  const { doc, done } = newDocument(w.dataTitle, locale);
  doc.font('Helvetica-Bold').fontSize(18).text(w.dataTitle);
  doc.font('Helvetica').fontSize(11).moveDown(0.3);
  doc.text(w.dataIntro(moment(data.exportedAt, locale)));
  heading(doc, w.aboutYou);
  if (data.person) {
    doc.list(
      [
        `${w.name}: ${data.person.firstName} ${data.person.lastName}`,
        `${w.birthDate}: ${date(data.person.birthDate, locale)}`,
        `${w.phone}: ${data.person.phone ?? w.unknown}`,
        `${w.email}: ${data.person.email ?? w.unknown}`,
      ],
      LIST,
    );
  }
  heading(doc, w.family);
  doc.list(
    data.memberships.map((m) =>
      [
        `${m.householdName}: ${w.memberRole[m.memberRole] ?? w.otherMember}`,
        w.since(date(m.since, locale)),
        m.until ? w.until(date(m.until, locale)) : null,
      ]
        .filter(Boolean)
        .join(', '),
    ),
    LIST,
  );
  heading(doc, w.goals);
  if (data.goals.length === 0) doc.text(w.noGoals);
  else {
    doc.list(
      data.goals.map((g) =>
        w.goal(g.description, g.achievedWhen, g.targetDate ? date(g.targetDate, locale) : null),
      ),
      LIST,
    );
  }
  heading(doc, w.scores);
  if (data.selfReliance.length === 0) doc.text(w.noScores);
  else {
    doc.list(
      data.selfReliance.map((r) => {
        const domain = opts.domainNames.get(r.domainCode)?.[locale] ?? ACCESS_WORDS[locale].topics.other;
        return `${date(r.measuredOn, locale)}: ${domain} — ${r.score}`;
      }),
      LIST,
    );
  }
  heading(doc, w.consents);
  if (data.consents.length === 0) doc.text(w.noConsents);
  else {
    doc.list(
      data.consents.map(
        (c) =>
          w.consent(
            c.granteeName,
            c.sections.map((s) => sectionName(s, locale)).join(', '),
            date(c.validFrom, locale),
            date(c.validUntil, locale),
          ) + (c.revokedAt ? w.revoked(date(c.revokedAt, locale)) : ''),
      ),
      LIST,
    );
  }
  heading(doc, w.whoLooked);
  if (data.accessLog.length === 0) doc.text(w.nobody);
  else
    doc.list(
      data.accessLog.map((e) => entryLine(e, locale)),
      LIST,
    );
  return done();
}
