import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { policies } from '../policy/route-policy.ts';
import { sendProblem } from './problems.ts';

export const webDist = join(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Vite puts a content hash in every file name under assets/: a new build means a new URL. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** The page itself is revalidated on every load, so a new build is picked up at once. */
export const PAGE_CACHE = 'no-cache';
const OTHER_FILE_CACHE = 'public, max-age=3600';

/**
 * Serves the built React app. The build writes a Brotli and a gzip copy next to each text file,
 * served by Accept-Encoding without compressing per request. Client-side routes fall back to
 * index.html; an unknown asset is a 404 (an old tab asking for a chunk of a previous build must
 * not get HTML as JavaScript).
 */
export async function registerWebApp(app: FastifyInstance, root = webDist): Promise<void> {
  const isFile = (path: string) => statSync(join(root, path), { throwIfNoEntry: false })?.isFile() === true;
  if (!isFile('index.html')) return;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    serve: false,
    preCompressed: true,
    cacheControl: false,
  });
  app.get('/*', { config: { policy: policies.public }, schema: { hide: true } }, async (request, reply) => {
    const path = (request.params as { '*': string })['*'];
    if (path.startsWith('api/') || path.startsWith('health/')) return sendProblem(reply, 'not_found');
    const exists = path !== '' && !path.includes('..') && isFile(path);
    if (path.startsWith('assets/')) {
      if (!exists) return sendProblem(reply, 'not_found');
      return reply.header('cache-control', HASHED_ASSET_CACHE).sendFile(path);
    }
    if (exists && path !== 'index.html')
      return reply.header('cache-control', OTHER_FILE_CACHE).sendFile(path);
    return reply.header('cache-control', PAGE_CACHE).sendFile('index.html');
  });
}
