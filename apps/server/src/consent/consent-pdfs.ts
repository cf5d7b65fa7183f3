import type { AccessLogEntry, AccessLogPage } from '@een-plan/contracts';
import PDFDocument from 'pdfkit';
import { BASIS_NL, ROLE_NL } from './access-log.ts';

const SECTION_NL: Record<string, string> = {
  plan: 'gezinsplan',
  intake: 'keukentafelgesprek en zelfredzaamheid',
  safety: 'veiligheid',
  documents: 'documenten',
  contact: 'contactgegevens',
  assignments: 'toewijzingen',
  household: 'gezinsgegevens',
  'household.summary': 'naam en adres van het gezin',
  consent: 'toestemmingen',
  audit: 'dit overzicht',
};

function momentNl(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

function dateNl(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

/** A tagged A4 document; tests read its text, so it is left uncompressed there. */
function newDocument(title: string): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: title, Author: 'Eén Plan' },
    lang: 'nl-NL',
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    compress: process.env.NODE_ENV !== 'test',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(text).font('Helvetica').fontSize(11);
}

function entryLine(e: AccessLogEntry): string {
  const who = [e.who, e.organisation, e.role ? (ROLE_NL[e.role] ?? e.role) : null].filter(Boolean).join(', ');
  const what = e.section ? (SECTION_NL[e.section] ?? e.section) : 'gegevens';
  const outcome = e.outcome === 'success' ? BASIS_NL[e.basis] : 'geweigerd: geen toegang';
  return `${momentNl(e.occurredAt)} — ${who} — ${what} — ${outcome}`;
}

/** "Wie heeft mijn gegevens bekeken" as a readable PDF: the same entries as the page and the CSV. */
export function renderAccessLogPdf(
  page: AccessLogPage,
  opts: { householdName: string; filter: { section?: string; from?: string; to?: string } },
): Promise<Buffer> {
  const { doc, done } = newDocument('Wie heeft mijn gegevens bekeken');
  doc.font('Helvetica-Bold').fontSize(18).text('Wie heeft mijn gegevens bekeken');
  doc.font('Helvetica').fontSize(11).moveDown(0.3);
  doc.text(`${opts.householdName} · gemaakt op ${momentNl(new Date().toISOString())}`);
  const filters = [
    opts.filter.section ? `onderdeel: ${SECTION_NL[opts.filter.section] ?? opts.filter.section}` : null,
    opts.filter.from ? `vanaf ${dateNl(opts.filter.from)}` : null,
    opts.filter.to ? `tot en met ${dateNl(opts.filter.to)}` : null,
  ].filter(Boolean);
  if (filters.length > 0) doc.text(`Gekozen: ${filters.join(', ')}`);
  doc.moveDown(0.5);
  doc.text(
    'Hieronder staat wie uw gegevens heeft bekeken of veranderd, wanneer, welk onderdeel, en waarom dat mocht. ' +
      'Ook pogingen die wij hebben geweigerd staan erbij. Het nieuwste staat bovenaan.',
  );
  heading(doc, page.entries.length === 0 ? 'Geen toegang gevonden' : `${page.entries.length} keer bekeken`);
  if (page.entries.length > 0) {
    doc.list(page.entries.map(entryLine), { bulletRadius: 2, indent: 12, textIndent: 10 });
  }
  if (page.hasMore)
    doc.moveDown().text('Er is meer: kies in Mijn plan een kortere periode of de volgende pagina.');
  doc.end();
  return done;
}

export interface MyDataForPdf {
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

const LIFE_DOMAIN_NL: Record<string, string> = {
  finances: 'financiën',
  work_education: 'werk en opleiding',
  daytime_activities: 'dagbesteding',
  housing: 'huisvesting',
  family_relations: 'gezinsrelaties',
  mental_health: 'geestelijke gezondheid',
  physical_health: 'lichamelijke gezondheid',
  addiction: 'verslaving',
  daily_living: 'praktische vaardigheden',
  social_network: 'sociaal netwerk',
  participation: 'meedoen in de samenleving',
  justice: 'justitie',
  parenting_development: 'opvoeding en ontwikkeling',
};

const MEMBER_ROLE_NL: Record<string, string> = {
  gezagsdrager: 'ouder met gezag',
  kind: 'kind',
  partner: 'partner',
  other: 'anders',
};

/** All data about the resident (AVG right of access), readable: the JSON download in plain Dutch. */
export function renderMyDataPdf(data: MyDataForPdf): Promise<Buffer> {
  const { doc, done } = newDocument('Mijn gegevens');
  doc.font('Helvetica-Bold').fontSize(18).text('Mijn gegevens');
  doc.font('Helvetica').fontSize(11).moveDown(0.3);
  doc.text(`Gemaakt op ${momentNl(data.exportedAt)}. Dit is alles wat Eén Plan over u bewaart.`);
  heading(doc, 'Over u');
  if (data.person) {
    doc.list(
      [
        `Naam: ${data.person.firstName} ${data.person.lastName}`,
        `Geboortedatum: ${dateNl(data.person.birthDate)}`,
        `Telefoon: ${data.person.phone ?? 'niet bekend'}`,
        `E-mail: ${data.person.email ?? 'niet bekend'}`,
      ],
      { bulletRadius: 2, indent: 12, textIndent: 10 },
    );
  }
  heading(doc, 'Uw gezin');
  doc.list(
    data.memberships.map(
      (m) =>
        `${m.householdName}: ${MEMBER_ROLE_NL[m.memberRole] ?? m.memberRole}, sinds ${dateNl(m.since)}` +
        (m.until ? `, tot ${dateNl(m.until)}` : ''),
    ),
    { bulletRadius: 2, indent: 12, textIndent: 10 },
  );
  heading(doc, 'Doelen over u in het gezinsplan');
  if (data.goals.length === 0) doc.text('Er staan geen doelen over u in een plan.');
  else {
    doc.list(
      data.goals.map(
        (g) =>
          `${g.description} (klaar als: ${g.achievedWhen}` +
          (g.targetDate ? `; uiterlijk ${dateNl(g.targetDate)}` : '') +
          ')',
      ),
      { bulletRadius: 2, indent: 12, textIndent: 10 },
    );
  }
  heading(doc, 'Hoe zelfredzaam (1 tot en met 5)');
  if (data.selfReliance.length === 0) doc.text('Er zijn (nog) geen scores over u vastgelegd.');
  else {
    doc.list(
      data.selfReliance.map(
        (r) => `${dateNl(r.measuredOn)}: ${LIFE_DOMAIN_NL[r.domainCode] ?? r.domainCode} — ${r.score}`,
      ),
      { bulletRadius: 2, indent: 12, textIndent: 10 },
    );
  }
  heading(doc, 'Toestemmingen over u');
  if (data.consents.length === 0) doc.text('U heeft (nog) geen toestemming gegeven.');
  else {
    doc.list(
      data.consents.map(
        (c) =>
          `${c.granteeName} mag ${c.sections.map((s) => SECTION_NL[s] ?? s).join(', ')} zien, ` +
          `van ${dateNl(c.validFrom)} tot en met ${dateNl(c.validUntil)}` +
          (c.revokedAt ? ` (ingetrokken op ${dateNl(c.revokedAt)})` : ''),
      ),
      { bulletRadius: 2, indent: 12, textIndent: 10 },
    );
  }
  heading(doc, 'Wie heeft uw gegevens bekeken');
  if (data.accessLog.length === 0) doc.text('Niemand.');
  else doc.list(data.accessLog.map(entryLine), { bulletRadius: 2, indent: 12, textIndent: 10 });
  doc.end();
  return done;
}
