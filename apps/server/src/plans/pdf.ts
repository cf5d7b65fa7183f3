import type { Locale, PlanSnapshot, PlanState, SafetySection } from '@een-plan/contracts';
import { documentDate } from '../http/locale.ts';
import { newTaggedDocument } from '../pdf/tagged-pdf.ts';
import { writeSafetySection } from './pdf-safety.ts';

/** The plan's words for the family in plain language (B1), Dutch and English. */
const TEXT = {
  nl: {
    lang: 'nl-NL',
    title: (household: string) => `Ons plan: ${household}`,
    docTitle: (household: string) => `Ons plan - ${household}`,
    version: (version: number, state: string) => `Versie ${version}. Fase: ${state}.`,
    coordinator: (name: string) => `Uw regisseur is ${name}.`,
    coordinatorRole: 'uw regisseur',
    evaluation: (date: string) => `We kijken samen terug op ${date}.`,
    vision: 'Wat wij willen',
    visionEmpty: 'Dit schrijven we nog samen op.',
    goals: 'Onze doelen',
    noGoals: 'Er zijn nog geen doelen.',
    goal: (n: number, description: string) => `Doel ${n}: ${description}`,
    topic: (domain: string, when: string) => `Onderwerp: ${domain}. Wanneer: ${when}.`,
    achievedWhen: (text: string) => `Het is gelukt als: ${text}`,
    readyBy: (date: string) => `Klaar voor: ${date}`,
    readyByLower: (date: string) => `klaar voor ${date}`,
    whoDoesWhat: 'Wie doet wat:',
    agreedTitle: 'Wie is het eens met dit plan',
    agreed: 'akkoord',
    notAgreed: 'nog geen akkoord',
    noDate: 'geen datum',
    state: {
      concept: 'Concept: nog niet afgesproken',
      agreed: 'Afgesproken',
      active: 'Actief: we zijn bezig',
      in_evaluation: 'We kijken terug (evaluatie)',
      closed: 'Afgesloten',
    } satisfies Record<PlanState, string>,
    level: ['Eigen kring of gewone voorziening', 'Hulp dichtbij', 'Specialistische hulp'],
    status: {
      open: 'Nog niet begonnen',
      in_progress: 'Bezig',
      done: 'Klaar',
      cancelled: 'Gestopt',
    } as Record<string, string>,
    priority: { high: 'Eerst', medium: 'Daarna', low: 'Later' } as Record<string, string>,
  },
  en: {
    lang: 'en-GB',
    title: (household: string) => `Our plan: ${household}`,
    docTitle: (household: string) => `Our plan - ${household}`,
    version: (version: number, state: string) => `Version ${version}. Stage: ${state}.`,
    coordinator: (name: string) => `Your coordinator is ${name}.`,
    coordinatorRole: 'your coordinator',
    evaluation: (date: string) => `We look back together on ${date}.`,
    vision: 'What we want',
    visionEmpty: 'We will write this down together.',
    goals: 'Our goals',
    noGoals: 'There are no goals yet.',
    goal: (n: number, description: string) => `Goal ${n}: ${description}`,
    topic: (domain: string, when: string) => `Topic: ${domain}. When: ${when}.`,
    achievedWhen: (text: string) => `It has worked when: ${text}`,
    readyBy: (date: string) => `Done by: ${date}`,
    readyByLower: (date: string) => `done by ${date}`,
    whoDoesWhat: 'Who does what:',
    agreedTitle: 'Who agrees with this plan',
    agreed: 'agreed',
    notAgreed: 'not agreed yet',
    noDate: 'no date',
    state: {
      concept: 'Draft: not agreed yet',
      agreed: 'Agreed',
      active: 'Active: we are working on it',
      in_evaluation: 'We are looking back (evaluation)',
      closed: 'Closed',
    } satisfies Record<PlanState, string>,
    level: ['Own circle or everyday services', 'Help close by', 'Specialist help'],
    status: {
      open: 'Not started yet',
      in_progress: 'In progress',
      done: 'Done',
      cancelled: 'Stopped',
    } as Record<string, string>,
    priority: { high: 'First', medium: 'Next', low: 'Later' } as Record<string, string>,
  },
} as const;

/** The current plan in plain language (B1) for the family, as a PDF in the family's language. */
export function renderPlanPdf(
  data: {
    householdName: string;
    state: PlanState;
    version: number;
    content: PlanSnapshot;
    domainNames: Map<string, { nl: string; en: string }>;
    /** `name` null: the coordinator's place when no coordinator is known. */
    agreed: Array<{ name: string | null; agreed: boolean }>;
    coordinatorName: string | null;
    nextEvaluationDate: string | null;
    /** The safety section as this reader may see it, or null (none, or not for this reader). */
    safety?: { section: SafetySection; partial: boolean } | null;
  },
  locale: Locale = 'nl',
): Promise<Buffer> {
  const w = TEXT[locale];
  const date = (iso: string | null) => (iso ? documentDate(iso, locale) : w.noDate);
  const { doc, finish } = newTaggedDocument({
    title: w.docTitle(data.householdName),
    author: 'Eén Plan',
    locale,
  });

  doc.font('Helvetica-Bold').fontSize(20).text(w.title(data.householdName));
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(11).text(w.version(data.version, w.state[data.state]));
  if (data.coordinatorName) doc.text(w.coordinator(data.coordinatorName));
  if (data.nextEvaluationDate) doc.text(w.evaluation(date(data.nextEvaluationDate)));
  doc.moveDown();

  doc.font('Helvetica-Bold').fontSize(14).text(w.vision);
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(data.content.vision || w.visionEmpty);
  doc.moveDown();

  doc.font('Helvetica-Bold').fontSize(14).text(w.goals);
  if (data.content.goals.length === 0) doc.font('Helvetica').fontSize(11).text(w.noGoals);
  data.content.goals.forEach((g, i) => {
    doc.moveDown(0.5);
    doc
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(w.goal(i + 1, g.description));
    doc.font('Helvetica').fontSize(11);
    const domain = data.domainNames.get(g.domainCode)?.[locale] ?? g.domainCode;
    doc.text(w.topic(domain, w.priority[g.priority] ?? g.priority));
    doc.text(w.achievedWhen(g.achievedWhen));
    if (g.targetDate) doc.text(w.readyBy(date(g.targetDate)));
    if (g.actions.length > 0) {
      doc.moveDown(0.2);
      doc.text(w.whoDoesWhat);
      doc.list(
        g.actions.map(
          (a) =>
            `${a.owner.label}: ${a.description} (${w.level[a.level] ?? ''}; ${w.status[a.status] ?? a.status}${
              a.endDate ? `; ${w.readyByLower(date(a.endDate))}` : ''
            })`,
        ),
        { bulletRadius: 2, indent: 12, textIndent: 10 },
      );
    }
  });
  if (data.safety) writeSafetySection(doc, data.safety, locale, date);
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(14).text(w.agreedTitle);
  doc.font('Helvetica').fontSize(11);
  for (const a of data.agreed)
    doc.text(`${a.name ?? w.coordinatorRole}: ${a.agreed ? w.agreed : w.notAgreed}`);
  return finish();
}
