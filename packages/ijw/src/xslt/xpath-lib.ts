/**
 * The `xpath` package's XPath 1.0 parser. The package is CommonJS and assigns its exports in a way
 * Node's ESM loader cannot detect, so it is loaded with require.
 */
import { createRequire } from 'node:module';

interface ParsedXPath {
  /** The syntax tree (the package's expression classes). */
  expression: { expression: unknown };
}

const lib = createRequire(import.meta.url)('xpath') as { parse(source: string): ParsedXPath };

export const parse = (source: string): ParsedXPath => lib.parse(source);
