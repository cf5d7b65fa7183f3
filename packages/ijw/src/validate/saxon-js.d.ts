// Minimal typing for the parts of SaxonJS 2 this package uses (the package ships no types).
declare module 'saxon-js' {
  interface TransformOptions {
    stylesheetInternal?: unknown;
    stylesheetText?: string;
    sourceText?: string;
    destination?: 'serialized' | 'raw' | 'document' | 'application';
    stylesheetParams?: Record<string, unknown>;
  }
  interface TransformResult {
    principalResult: string;
  }
  interface SaxonJSApi {
    transform(options: TransformOptions, mode: 'async'): Promise<TransformResult>;
    transform(options: TransformOptions, mode?: 'sync'): TransformResult;
    getProcessorInfo(): { productName: string; productVersion: string };
  }
  const SaxonJS: SaxonJSApi;
  export default SaxonJS;
}
