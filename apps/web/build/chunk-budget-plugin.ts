import type { Plugin } from 'vite';

/** The most a script chunk may weigh before compression: the first page must load quickly. */
const MAX_CHUNK_BYTES = 250_000;

/**
 * Fails the build when a JavaScript chunk grows over the budget, naming it and its size.
 * `lazyBudgets` gives a named vendor chunk that only a lazy route loads (never the first page) its
 * own budget: ECharts cannot be split across chunks (its modules import each other in cycles, and
 * split apart they run in the wrong order).
 */
export function chunkBudget(maxBytes = MAX_CHUNK_BYTES, lazyBudgets: Record<string, number> = {}): Plugin {
  return {
    name: 'een-plan:chunk-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const over = Object.values(bundle)
        .filter((out) => out.type === 'chunk')
        .map((chunk) => ({ name: chunk.fileName, bytes: Buffer.byteLength(chunk.code) }))
        .filter((c) => {
          const lazy = Object.entries(lazyBudgets).find(([name]) => c.name.startsWith(`assets/${name}-`));
          return c.bytes > (lazy ? lazy[1] : maxBytes);
        });
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
