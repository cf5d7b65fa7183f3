import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls until `probe` returns a value other than `undefined`, and returns it. Background work
 * (jobs, delivery) finishes when it finishes; the limit only catches a hang, so it is generous and
 * the error says what never happened.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  options: { what?: string; timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const { what = 'condition', timeoutMs = 120_000, intervalMs = 50 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs / 1000} s`);
    await sleep(intervalMs);
  }
}
