/**
 * The one place the server makes a PDF: an A4 document that is tagged (PDF/UA: a structure tree
 * in reading order, the document language, a title shown instead of the file name) — the
 * consent PDFs, the family plan, the decision on youth help and the letters of client rights all
 * start here. Letters are written as blocks so each heading, paragraph, list and the logo get
 * their own structure element (H1/H2, P, L/LI, Figure with alt text).
 */
import { createRequire } from 'node:module';
import type { Locale } from '@een-plan/contracts';

// pdfkit (with its fonts and font parser) is the heaviest module the server loads: it is required
// on the first PDF instead of at start-up (decision 0036).
let pdfkit: typeof import('pdfkit') | undefined;
function PDFDocumentClass(): typeof import('pdfkit') {
  pdfkit ??= createRequire(import.meta.url)('pdfkit') as typeof import('pdfkit');
  return pdfkit;
}

const PDF_LANG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

interface TaggedDocument {
  doc: PDFKit.PDFDocument;
  /** The root of the structure tree (a `Document` element); letter blocks are added to it. */
  root: PDFKit.PDFStructureElement;
  /** Ends the structure tree and the document; resolves with the bytes. */
  finish: () => Promise<Buffer>;
}

/** A tagged A4 document; tests read its text, so it is left uncompressed there. */
export function newTaggedDocument(opts: { title: string; author: string; locale: Locale }): TaggedDocument {
  const PDFDocument = PDFDocumentClass();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: opts.title, Author: opts.author },
    lang: PDF_LANG[opts.locale],
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
  const root = doc.struct('Document');
  doc.addStructure(root);
  return {
    doc,
    root,
    finish: () => {
      root.end();
      doc.end();
      return done;
    },
  };
}

/** One block of a letter: a heading, sentences, or a list. */
export type LetterBlock =
  | { kind: 'meta'; lines: string[] }
  | { kind: 'title' | 'heading'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] };

/** The sender's letterhead: a logo (PNG or JPEG; others are left out) with its alt text. */
interface Letterhead {
  logo: Buffer | null;
  logoAlt: string;
}

const LIST = { bulletRadius: 2, indent: 12, textIndent: 10 };

/** Writes the blocks in reading order, each in its own structure element. */
function writeLetter(t: TaggedDocument, blocks: LetterBlock[], letterhead?: Letterhead): void {
  const { doc, root } = t;
  if (letterhead?.logo) {
    const logo = letterhead.logo;
    root.add(doc.struct('Figure', { alt: letterhead.logoAlt }, () => doc.image(logo, { fit: [160, 60] })));
    doc.moveDown();
  }
  for (const block of blocks) {
    switch (block.kind) {
      case 'meta': {
        doc.font('Helvetica').fontSize(11);
        const p = doc.struct('P');
        root.add(p);
        for (const line of block.lines) p.add(doc.struct('Span', {}, () => doc.text(line)));
        p.end();
        doc.moveDown();
        break;
      }
      case 'title':
        doc.font('Helvetica-Bold').fontSize(18);
        root.add(doc.struct('H1', {}, () => doc.text(block.text)));
        doc.moveDown(0.5);
        break;
      case 'heading':
        doc.moveDown();
        doc.font('Helvetica-Bold').fontSize(13);
        root.add(doc.struct('H2', {}, () => doc.text(block.text)));
        break;
      case 'text':
        doc.font('Helvetica').fontSize(11);
        root.add(doc.struct('P', {}, () => doc.text(block.text)));
        doc.moveDown(0.4);
        break;
      case 'list': {
        doc.font('Helvetica').fontSize(11);
        const list = doc.struct('L');
        root.add(list);
        doc.list(block.items, { ...LIST, structParent: list });
        list.end();
        break;
      }
    }
  }
}

/** A whole letter: blocks on a tagged A4 page. */
export function renderLetter(
  opts: { title: string; author: string; locale: Locale },
  blocks: LetterBlock[],
  letterhead?: Letterhead,
): Promise<Buffer> {
  const t = newTaggedDocument(opts);
  writeLetter(t, blocks, letterhead);
  return t.finish();
}
