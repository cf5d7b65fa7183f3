/** Builds the server (and the iJw validation worker) into `outDir`, apps/server/dist by default. */
export function buildServer(outDir?: string): Promise<void>;
