import { inflateSync } from 'node:zlib';

/**
 * The visible text of a pdfkit PDF: each content stream is inflated (when the PDF is compressed, as
 * it is sent) and the standard fonts' hex strings are decoded in order.
 */
export function pdfText(body: Buffer): string {
  const raw = body.toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    const bytes = Buffer.from(m[1]!, 'latin1');
    try {
      return inflateSync(bytes).toString('latin1');
    } catch {
      return bytes.toString('latin1');
    }
  });
  return streams
    .flatMap((s) => [...s.matchAll(/<([0-9a-fA-F]+)>/g)])
    .map((m) => Buffer.from(m[1]!, 'hex').toString('latin1'))
    .join('');
}
