/**
 * How deep elements nest, found by a linear scan before any parser runs: recursive parsers (and the
 * rules engine) exhaust their stack on hostile nesting, so a message nested deeper than any iJw
 * message can be is refused first. iJw 3.2 messages nest at most 8 levels.
 */
export const MAX_XML_DEPTH = 64;

/** The first line at which nesting exceeds `max`, or undefined when it never does. */
export function lineExceedingDepth(xml: string, max = MAX_XML_DEPTH): number | undefined {
  let depth = 0;
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x2f /* / */) {
      depth--;
      i = xml.indexOf('>', i);
    } else if (next === 0x21 /* ! */) {
      const end = xml.startsWith('<!--', i) ? '-->' : xml.startsWith('<![CDATA[', i) ? ']]>' : '>';
      i = xml.indexOf(end, i);
    } else if (next === 0x3f /* ? */) {
      i = xml.indexOf('?>', i);
    } else {
      const close = endOfTag(xml, i);
      if (close < 0) return undefined; // not well-formed: the parser reports it
      if (xml.charCodeAt(close - 1) !== 0x2f) {
        depth++;
        if (depth > max) return lineOf(xml, i);
      }
      i = close;
    }
    if (i < 0) return undefined;
    i = xml.indexOf('<', i + 1);
  }
  return undefined;
}

function endOfTag(xml: string, start: number): number {
  let quote = 0;
  for (let j = start + 1; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return j;
  }
  return -1;
}

function lineOf(xml: string, index: number): number {
  let line = 1;
  for (let k = xml.indexOf('\n'); k >= 0 && k < index; k = xml.indexOf('\n', k + 1)) line++;
  return line;
}
