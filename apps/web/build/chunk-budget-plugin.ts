import type { Plugin } from 'vite';

/** The most a script chunk may weigh before compression: the first page must load quickly. */
export const MAX_CHUNK_BYTES = 250_000;

/** Fails the build when a JavaScript chunk grows over the budget, naming it and its size. */
export function chunkBudget(maxBytes = MAX_CHUNK_BYTES): Plugin {
  return {
    name: 'een-plan:chunk-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const over = Object.values(bundle)
        .filter((out) => out.type === 'chunk')
        .map((chunk) => ({ name: chunk.fileName, bytes: Buffer.byteLength(chunk.code) }))
        .filter((c) => c.bytes > maxBytes);
      if (over.length > 0) {
        this.error(
          `script chunks over ${maxBytes} bytes before compression: ${over
            .map((c) => `${c.name} (${c.bytes})`)
            .join(', ')}. Split the code (a lazy route or a vendor group in vite.config.ts).`,
        );
      }
    },
  };
}
