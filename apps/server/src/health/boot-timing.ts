/**
 * Opt-in timings of the start-up phases (BOOT_TIMING=1), to see where a slow start goes without a
 * profiler. Phase names only: nothing from the data or the configuration is written.
 */
export class BootTiming {
  #previous = 0;

  constructor(
    private readonly enabled: boolean,
    private readonly write: (line: string) => void = (line) => process.stderr.write(line),
  ) {}

  /** Says that a phase ended now: milliseconds since the process started and since the last mark, and memory. */
  mark(phase: string): void {
    if (!this.enabled) return;
    const at = performance.now();
    const rss = process.memoryUsage.rss() / 1_048_576;
    this.write(
      `boot ${phase.padEnd(20)} at ${at.toFixed(0).padStart(6)} ms (+${(at - this.#previous).toFixed(0)} ms), ${rss.toFixed(0)} MB resident\n`,
    );
    this.#previous = at;
  }
}
