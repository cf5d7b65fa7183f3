/**
 * XSD validation with libxml2 compiled to WebAssembly (`libxml2-wasm`): the official message XSD plus
 * `basisschema.xsd`, the validator `xmllint --schema` uses, without any external program. Each
 * message type's schema is compiled once per process (thread) and reused for every message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XmlDocument, XmlLibError, XsdValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';
import type { IjwMessageType } from '../schema.ts';
import { IJW_MESSAGE_TYPES, messageDef } from '../schema.ts';
import { XSD_DIR } from '../spec-files.ts';
import { elementLines } from '../xml.ts';

export interface XsdViolation {
  message: string;
  line?: number;
  /** Element path of the offending element (XSLT style), when it can be determined. */
  location?: string;
}

// `xs:import schemaLocation="basisschema.xsd"` is resolved from the file system next to the XSD.
xmlRegisterFsInputProviders();

const validators = new Map<string, XsdValidator>();

function validatorFor(file: string): XsdValidator {
  let v = validators.get(file);
  if (!v) {
    const path = join(XSD_DIR, file);
    const schemaDoc = XmlDocument.fromString(readFileSync(path, 'utf8'), { url: path });
    try {
      v = XsdValidator.fromDoc(schemaDoc);
    } finally {
      schemaDoc.dispose();
    }
    validators.set(file, v);
  }
  return v;
}

/** Compiles every message schema now, so the first message does not pay for it. */
export function loadSchemas(): void {
  for (const type of IJW_MESSAGE_TYPES) validatorFor(messageDef(type).xsd);
}

/** Validates a message against the XSD of the given message type. */
export function validateXsd(xml: string, type: IjwMessageType): XsdViolation[] {
  const validator = validatorFor(messageDef(type).xsd);
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (e) {
    if (!(e instanceof XmlLibError)) throw e;
    return violations(e, xml);
  }
  try {
    validator.validate(doc);
    return [];
  } catch (e) {
    if (!(e instanceof XmlLibError)) throw e;
    return violations(e, xml);
  } finally {
    doc.dispose();
  }
}

function violations(e: XmlLibError, xml: string): XsdViolation[] {
  let lines: ReturnType<typeof elementLines> | undefined;
  const out: XsdViolation[] = [];
  for (const d of e.details) {
    const message = d.message.trim();
    if (message === '') continue;
    const v: XsdViolation = { message };
    if (d.line > 0) {
      v.line = d.line;
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
  if (out.length === 0) out.push({ message: e.message.trim() || 'the message does not validate' });
  return out;
}
