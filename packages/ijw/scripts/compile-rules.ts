/**
 * Compiles spec/regels/TR-CD-CS-regels-JW-3.2.xsl to a SaxonJS SEF in packages/ijw/.cache (gitignored).
 * Validation does this lazily on first use; run this at build time to avoid the ~10 s delay there.
 */
import { ensureRulesSef } from '../src/validate/compile-rules.ts';

const started = Date.now();
const path = await ensureRulesSef();
console.log(`rules stylesheet ready: ${path} (${Date.now() - started} ms)`);
