/**
 * The `xpath` package is CommonJS and assigns its exports in a way Node's ESM loader cannot detect,
 * so it is loaded with require and re-exported under its own types.
 */
import { createRequire } from 'node:module';

const lib = createRequire(import.meta.url)('xpath') as typeof import('xpath');

export const { FunctionResolver, XNodeSet, XNumber, XPathContext, XString, parse } = lib;
export type { CompiledXPath, XPathValue } from 'xpath';
