/**
 * XSD validation with libxml2 compiled to WebAssembly (`xmllint-wasm`): the official message XSD plus
 * `basisschema.xsd`, exactly as `xmllint --schema` would do it, without any external program.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import type { IjwMessageType } from '../schema.ts';
import { messageDef } from '../schema.ts';
import { XSD_DIR } from '../spec-files.ts';
import { elementLines } from '../xml.ts';

export interface XsdViolation {
  message: string;
  line?: number;
  /** Element path of the offending element (XSLT style), when it can be determined. */
  location?: string;
}

const schemaTexts = new Map<string, string>();

function schemaText(file: string): string {
  let t = schemaTexts.get(file);
  if (t === undefined) {
    t = readFileSync(join(XSD_DIR, file), 'utf8');
    schemaTexts.set(file, t);
  }
  return t;
}

const FILE = 'bericht.xml';

/** Validates a message against the XSD of the given message type. */
export async function validateXsd(xml: string, type: IjwMessageType): Promise<XsdViolation[]> {
  const xsd = messageDef(type).xsd;
  const result = await validateXML({
    xml: [{ fileName: FILE, contents: xml }],
    schema: [{ fileName: xsd, contents: schemaText(xsd) }],
    preload: [{ fileName: 'basisschema.xsd', contents: schemaText('basisschema.xsd') }],
  });
  if (result.valid) return [];
  let lines: ReturnType<typeof elementLines> | undefined;
  const out: XsdViolation[] = [];
  for (const e of result.errors) {
    const message = e.message.replace(/^Schemas validity error\s*:\s*/, '').trim();
    if (message === '' || /fails to validate$/.test(message)) continue;
    const v: XsdViolation = { message };
    if (e.loc && e.loc.fileName === FILE) {
      v.line = e.loc.lineNumber;
      lines ??= elementLines(xml);
      const local = /Element '(?:\{[^}]*\})?([^']+)'/.exec(message)?.[1];
      // Only when the line identifies the element unambiguously (not for a document on one line).
      const onLine = lines.filter((l) => l.line === v.line);
      const named = onLine.filter((l) => l.local === local);
      const hit = named.length === 1 ? named[0] : onLine.length === 1 ? onLine[0] : undefined;
      if (hit) v.location = hit.path;
    }
    out.push(v);
  }
  if (out.length === 0) out.push({ message: result.rawOutput.trim() || 'the message does not validate' });
  return out;
}
