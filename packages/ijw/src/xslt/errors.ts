/** A stylesheet this engine cannot run (an XSLT feature outside what it implements), or a run-time error. */
export class XsltError extends Error {
  override name = 'XsltError';
}
