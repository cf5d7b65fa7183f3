import type { Locale, SafetySection } from '@een-plan/contracts';

/** The safety section's words in the plan PDF, plain language (B1), Dutch and English. */
const TEXT = {
  nl: {
    title: 'Veiligheid',
    partTitle: 'Veiligheid: wat voor jou belangrijk is',
    partIntro: 'Hier staat het deel van het veiligheidsplan dat over jou gaat.',
    harm: 'Wat er is gebeurd',
    danger: 'Waar we bang voor zijn als er niets verandert',
    strengths: 'Wat goed gaat',
    goals: 'Wat er moet gebeuren',
    condition: (by: string) => `(voorwaarde van ${by})`,
    setBy: { veilig_thuis: 'Veilig Thuis', certified_institution: 'de jeugdbeschermer' } as Record<
      string,
      string
    >,
    network: 'Wie helpt er mee',
    checks: 'Hoe we kijken of het veilig is',
    check: (what: string, who: string, when: string) => `${what} (${who}, uiterlijk ${when})`,
  },
  en: {
    title: 'Safety',
    partTitle: 'Safety: what matters for you',
    partIntro: 'This is the part of the safety plan that is about you.',
    harm: 'What happened',
    danger: 'What we are afraid of if nothing changes',
    strengths: 'What goes well',
    goals: 'What must happen',
    condition: (by: string) => `(condition set by ${by})`,
    setBy: { veilig_thuis: 'Veilig Thuis', certified_institution: 'the child protection agency' } as Record<
      string,
      string
    >,
    network: 'Who helps',
    checks: 'How we check that it is safe',
    check: (what: string, who: string, when: string) => `${what} (${who}, by ${when})`,
  },
} as const;

/** Writes the safety section (or a youth's part of it) after the goals of the plan PDF. */
export function writeSafetySection(
  doc: PDFKit.PDFDocument,
  safety: { section: SafetySection; partial: boolean },
  locale: Locale,
  date: (iso: string) => string,
): void {
  const w = TEXT[locale];
  const { section } = safety;
  const list = (heading: string, lines: string[]) => {
    if (lines.length === 0) return;
    doc.moveDown(0.5);
    doc.font('Helvetica-Bold').fontSize(12).text(heading);
    doc.font('Helvetica').fontSize(11);
    doc.list(lines, { bulletRadius: 2, indent: 12, textIndent: 10 });
  };
  doc.moveDown();
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(safety.partial ? w.partTitle : w.title);
  if (safety.partial) doc.font('Helvetica').fontSize(11).text(w.partIntro);
  list(
    w.harm,
    section.worries.filter((x) => x.kind === 'harm').map((x) => x.text),
  );
  list(
    w.danger,
    section.worries.filter((x) => x.kind === 'danger').map((x) => x.text),
  );
  list(
    w.strengths,
    section.strengths.map((x) => x.text),
  );
  list(
    w.goals,
    section.goals.map((g) =>
      g.setBy === 'plan' ? g.text : `${g.text} ${w.condition(w.setBy[g.setBy] ?? g.setBy)}`,
    ),
  );
  list(
    w.network,
    section.networkRoles.map((r) => `${r.label}: ${r.task}`),
  );
  list(
    w.checks,
    section.checks.map((c) => w.check(c.description, c.checker.label, date(c.dueDate))),
  );
}
