export { XsltError } from './errors.ts';
export { type CompiledStylesheet, compileStylesheet } from './stylesheet.ts';
