import PDFDocument from 'pdfkit';

const UNIT_NL: Record<string, string> = {
  '01': 'minuten',
  '04': 'uur',
  '14': 'etmalen',
  '16': 'dagdelen',
  '82': 'stuks',
  '83': 'euro',
  '84': 'stuks',
};
const FREQUENCY_NL: Record<string, string> = {
  '1': 'per dag',
  '2': 'per week',
  '4': 'per maand',
  '6': 'in totaal',
};

function dateNl(iso: string) {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

export interface DecisionLetterData {
  municipalityName: string;
  householdName: string;
  youthFirstName: string;
  assignmentNumber: number;
  decidedOn: string;
  productName: string;
  providerName: string;
  volume: number;
  unit: string;
  frequency: string;
  startDate: string;
  endDate: string;
  coordinatorName: string | null;
}

/** The formal decision (beschikking) on youth help, in plain Dutch (B1), as a PDF for the family. */
export function renderDecisionLetter(data: DecisionLetterData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `Beschikking jeugdhulp ${data.assignmentNumber}`, Author: data.municipalityName },
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
  doc.font('Helvetica').fontSize(11).text(data.municipalityName);
  doc.text(`Aan: ${data.householdName}`);
  doc.text(`Datum: ${dateNl(data.decidedOn)}`);
  doc.text(`Kenmerk: toewijzing ${data.assignmentNumber}`);
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(18).text(`Besluit over jeugdhulp voor ${data.youthFirstName}`);
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(11);
  doc.text(
    `U heeft met ons een plan gemaakt. Daarin staat dat ${data.youthFirstName} hulp krijgt van een jeugdhulpaanbieder. ` +
      'In deze brief leest u ons besluit (beschikking) op grond van de Jeugdwet.',
  );
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(13).text('Ons besluit');
  doc.font('Helvetica').fontSize(11);
  doc.list(
    [
      `Hulp: ${data.productName}`,
      `Door: ${data.providerName}`,
      `Hoeveel: ${data.volume} ${UNIT_NL[data.unit] ?? data.unit} ${FREQUENCY_NL[data.frequency] ?? ''}`.trim(),
      `Van ${dateNl(data.startDate)} tot en met ${dateNl(data.endDate)}`,
    ],
    { bulletRadius: 2, indent: 12, textIndent: 10 },
  );
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(13).text('Wat gebeurt er nu?');
  doc.font('Helvetica').fontSize(11);
  doc.text(`${data.providerName} neemt contact met u op om te beginnen.`);
  if (data.coordinatorName) doc.text(`Heeft u vragen? Bel of mail uw regisseur ${data.coordinatorName}.`);
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(13).text('Bent u het niet eens met dit besluit?');
  doc.font('Helvetica').fontSize(11);
  doc.text(
    'Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Schrijf in uw brief wie u bent, ' +
      'over welk besluit het gaat (kenmerk hierboven), waarom u het er niet mee eens bent, en zet er uw handtekening onder. ' +
      `Stuur de brief naar ${data.municipalityName}.`,
  );
  doc.end();
  return done;
}
