/** Builds the server (and the iJw validation worker) into `outDir`, apps/server/dist by default. */
export function buildServer(outDir?: string): Promise<void>;
/** Where the embedded database template lies (apps/server/src/db/pglite-template.ts). */
export const TEMPLATE_DIR: string;
