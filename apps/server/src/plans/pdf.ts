import type { PlanSnapshot, PlanState } from '@een-plan/contracts';
import PDFDocument from 'pdfkit';

const STATE_NL: Record<PlanState, string> = {
  concept: 'Concept: nog niet afgesproken',
  agreed: 'Afgesproken',
  active: 'Actief: we zijn bezig',
  in_evaluation: 'We kijken terug (evaluatie)',
  closed: 'Afgesloten',
};
const LEVEL_NL = ['Eigen kring of gewone voorziening', 'Hulp dichtbij', 'Specialistische hulp'];
const STATUS_NL: Record<string, string> = {
  open: 'Nog niet begonnen',
  in_progress: 'Bezig',
  done: 'Klaar',
  cancelled: 'Gestopt',
};
const PRIORITY_NL: Record<string, string> = { high: 'Eerst', medium: 'Daarna', low: 'Later' };

function dateNl(iso: string | null) {
  if (!iso) return 'geen datum';
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

/** The current plan in plain Dutch (B1) for the family, as a PDF. */
export function renderPlanPdf(data: {
  householdName: string;
  state: PlanState;
  version: number;
  content: PlanSnapshot;
  domainNames: Map<string, string>;
  agreed: Array<{ name: string; agreed: boolean }>;
  coordinatorName: string | null;
  nextEvaluationDate: string | null;
}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `Ons plan - ${data.householdName}`, Author: 'Eén Plan' },
    lang: 'nl-NL',
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(20).text(`Ons plan: ${data.householdName}`);
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(11).text(`Versie ${data.version}. Fase: ${STATE_NL[data.state]}.`);
  if (data.coordinatorName) doc.text(`Uw regisseur is ${data.coordinatorName}.`);
  if (data.nextEvaluationDate) doc.text(`We kijken samen terug op ${dateNl(data.nextEvaluationDate)}.`);
  doc.moveDown();

  doc.font('Helvetica-Bold').fontSize(14).text('Wat wij willen');
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(data.content.vision || 'Dit schrijven we nog samen op.');
  doc.moveDown();

  doc.font('Helvetica-Bold').fontSize(14).text('Onze doelen');
  if (data.content.goals.length === 0) doc.font('Helvetica').fontSize(11).text('Er zijn nog geen doelen.');
  data.content.goals.forEach((g, i) => {
    doc.moveDown(0.5);
    doc
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(`Doel ${i + 1}: ${g.description}`);
    doc.font('Helvetica').fontSize(11);
    doc.text(
      `Onderwerp: ${data.domainNames.get(g.domainCode) ?? g.domainCode}. Wanneer: ${PRIORITY_NL[g.priority] ?? g.priority}.`,
    );
    doc.text(`Het is gelukt als: ${g.achievedWhen}`);
    if (g.targetDate) doc.text(`Klaar voor: ${dateNl(g.targetDate)}`);
    if (g.actions.length > 0) {
      doc.moveDown(0.2);
      doc.text('Wie doet wat:');
      doc.list(
        g.actions.map(
          (a) =>
            `${a.owner.label}: ${a.description} (${LEVEL_NL[a.level] ?? ''}; ${STATUS_NL[a.status] ?? a.status}${
              a.endDate ? `; klaar voor ${dateNl(a.endDate)}` : ''
            })`,
        ),
        { bulletRadius: 2, indent: 12, textIndent: 10 },
      );
    }
  });
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(14).text('Wie is het eens met dit plan');
  doc.font('Helvetica').fontSize(11);
  for (const a of data.agreed) doc.text(`${a.name}: ${a.agreed ? 'akkoord' : 'nog geen akkoord'}`);
  doc.end();
  return done;
}
