/**
 * Model → XML. The element order, namespaces and cardinalities come from the XSD descriptors; values are
 * checked against their simple type (dates, times, integers, code lists, lengths) before anything is
 * written, so a bad model fails with the path of the offending element instead of producing a message
 * the receiver rejects.
 */
import type { IjwBerichtMap } from './generated/types.ts';
import { formatPath, type PathSegment } from './paths.ts';
import {
  BASISSCHEMA_NAMESPACE,
  BASISSCHEMA_PREFIX,
  BASISSCHEMA_XSD_VERSIE,
  type IjwMessageType,
  messageDef,
  requireComplexType,
  simpleType,
} from './schema.ts';
import type { ElementDef } from './schema-types.ts';
import { checkSimpleValue, toLexical } from './values.ts';

export class IjwBuildError extends Error {
  override readonly name = 'IjwBuildError';
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

export interface BuildOptions {
  /** Indentation per level (default a tab, like the official examples); '' writes everything on one line. */
  indent?: string;
}

/** Serialises a message model to an iJw XML document (UTF-8, with XML declaration). */
export function buildMessage<T extends IjwMessageType>(
  type: T,
  bericht: IjwBerichtMap[T],
  options: BuildOptions = {},
): string {
  const def = messageDef(type);
  const indent = options.indent ?? '\t';
  const nl = indent === '' ? '' : '\n';
  const prefixes = new Map<string, string>([
    [def.namespace, def.prefix],
    [BASISSCHEMA_NAMESPACE, BASISSCHEMA_PREFIX],
  ]);
  const out: string[] = [];
  const root: PathSegment[] = [{ name: 'Bericht', index: 1, repeated: false }];
  if (!isRecord(bericht)) throw new IjwBuildError('/Bericht', 'expected an object');
  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>${nl}<${def.prefix}:Bericht xmlns:${def.prefix}="${def.namespace}" xmlns:${BASISSCHEMA_PREFIX}="${BASISSCHEMA_NAMESPACE}">${nl}`,
  );
  writeContent(def.root, bericht, root, 1);
  out.push(`</${def.prefix}:Bericht>${nl}`);
  return out.join('');

  function writeContent(typeKey: string, value: Record<string, unknown>, path: PathSegment[], depth: number) {
    const ct = requireComplexType(typeKey);
    const prefix = prefixes.get(ct.ns);
    if (!prefix) throw new Error(`iJw schema: no prefix for ${ct.ns}`);
    const known = new Set(ct.elements.map((e) => e.name));
    for (const key of Object.keys(value)) {
      if (!known.has(key) && value[key] !== undefined) {
        throw new IjwBuildError(
          formatPath([...path, seg(key)]),
          `unknown element; allowed here: ${[...known].join(', ')}`,
        );
      }
    }
    for (const el of ct.elements) writeElement(el, prefix, value[el.name], path, depth);
  }

  function writeElement(el: ElementDef, prefix: string, v: unknown, path: PathSegment[], depth: number) {
    const here = [...path, seg(el.name)];
    if (v === undefined || v === null) {
      if (el.min === 1) throw new IjwBuildError(formatPath(here), 'required element is missing');
      return;
    }
    const pad = indent.repeat(depth);
    if (el.list) {
      if (!Array.isArray(v)) throw new IjwBuildError(formatPath(here), `expected an array of ${el.list}`);
      if (v.length === 0) {
        if (el.min === 1) throw new IjwBuildError(formatPath(here), `needs at least one ${el.list}`);
        return;
      }
      out.push(`${pad}<${prefix}:${el.name}>${nl}`);
      const itemName = el.list;
      v.forEach((item, i) => {
        writeValue(
          itemName,
          el.type,
          prefix,
          item,
          [...here, { name: itemName, index: i + 1, repeated: v.length > 1 }],
          depth + 1,
        );
      });
      out.push(`${pad}</${prefix}:${el.name}>${nl}`);
      return;
    }
    if (el.many) {
      if (!Array.isArray(v) || v.length === 0)
        throw new IjwBuildError(formatPath(here), 'expected a non-empty array');
      v.forEach((item, i) => {
        writeValue(
          el.name,
          el.type,
          prefix,
          item,
          [...path, { name: el.name, index: i + 1, repeated: v.length > 1 }],
          depth,
        );
      });
      return;
    }
    writeValue(el.name, el.type, prefix, v, here, depth);
  }

  function writeValue(
    name: string,
    typeKey: string,
    prefix: string,
    v: unknown,
    path: PathSegment[],
    depth: number,
  ) {
    const pad = indent.repeat(depth);
    const st = simpleType(typeKey);
    if (st) {
      const problem = checkSimpleValue(st, v);
      if (problem) throw new IjwBuildError(formatPath(path), problem);
      out.push(
        `${pad}<${prefix}:${name}>${escapeText(toLexical(st, v as string | number))}</${prefix}:${name}>${nl}`,
      );
      return;
    }
    if (!isRecord(v)) throw new IjwBuildError(formatPath(path), 'expected an object');
    out.push(`${pad}<${prefix}:${name}>${nl}`);
    writeContent(typeKey, v, path, depth + 1);
    out.push(`${pad}</${prefix}:${name}>${nl}`);
  }
}

/**
 * The fixed part of a header (BerichtCode, BerichtVersie, BerichtSubversie) and XsdVersie as IV034
 * prescribes (the versions in the XSDs' appinfo), for building a new heen message.
 */
export function headerDefaults<T extends IjwMessageType>(type: T) {
  const def = messageDef(type);
  return {
    BerichtCode: def.berichtCode as IjwBerichtMap[T]['Header']['BerichtCode'],
    BerichtVersie: 3 as const,
    BerichtSubversie: 2 as const,
    XsdVersie: xsdVersie(type),
  };
}

/** `CDT_XsdVersie` for messages created with this library's XSDs (IV034). */
export function xsdVersie(type: IjwMessageType) {
  return {
    BasisschemaXsdVersie: BASISSCHEMA_XSD_VERSIE,
    BerichtXsdVersie: messageDef(type).berichtXsdVersie,
  };
}

function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}

function seg(name: string): PathSegment {
  return { name, index: 1, repeated: false };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
