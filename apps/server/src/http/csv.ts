import type { FastifyReply } from 'fastify';

/**
 * Every CSV file the server sends goes through here, so they all open the same way in a
 * spreadsheet:
 * - UTF-8 with a byte-order mark first: without it Excel reads the bytes as Windows-1252 and
 *   "é" shows as "Ã©";
 * - `;` between fields: the list separator of Dutch Excel (Dutch uses the comma as the decimal
 *   sign), so a double-click opens the file in columns; LibreOffice and Numbers detect it;
 * - CRLF line ends, every cell quoted, and a cell that starts like a formula (= + - @) is made
 *   inert with a leading apostrophe.
 * Imports accept both `;` and `,` (and a leading BOM): see `admin/csv.ts`.
 */
const CSV_SEPARATOR = ';';
const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

function csvCell(value: CsvValue): string {
  const s = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** A whole CSV document: the BOM, the header and the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** Sends a CSV document as a download. `filename` is ASCII (no personal data in it). */
export function sendCsv(
  reply: FastifyReply,
  filename: string,
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): FastifyReply {
  return sendCsvDocument(reply, filename, toCsv(header, rows));
}

/**
 * Sends a CSV document written elsewhere to a format of its own (the CBS delivery's record
 * layout), with the same download headers. `headers` adds non-personal facts about the file.
 */
export function sendCsvDocument(
  reply: FastifyReply,
  filename: string,
  text: string,
  headers: Record<string, string> = {},
): FastifyReply {
  return reply
    .type(CSV_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .headers(headers)
    .send(text);
}
