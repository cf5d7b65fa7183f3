/** Hash of every input of the web build of `root` (this checkout by default). */
export function webSourceHash(root?: string): string;
/** The web build of `root` exists and was made from the sources as they are now. */
export function webBuildUpToDate(root?: string): boolean;
