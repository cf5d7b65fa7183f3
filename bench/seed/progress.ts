const fmt = new Intl.NumberFormat('en-US');

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** Progress on stderr: percentage, rows/s and ETA. Counts only, never row contents. */
export class Progress {
  private readonly started = performance.now();
  private lastPrint = 0;
  private done = 0;
  private rows = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly total: number,
    private readonly label: string,
  ) {}

  /** `units` of the total are finished, `rows` of them were actually written. */
  add(units: number, rows: number): void {
    this.done += units;
    this.rows += rows;
    const now = performance.now();
    if (this.done < this.total && now - this.lastPrint < (this.tty ? 250 : 3000)) return;
    this.lastPrint = now;
    const elapsed = (now - this.started) / 1000;
    const pct = ((100 * this.done) / this.total).toFixed(1);
    const rate = this.rows / Math.max(elapsed, 0.001);
    const eta = ((this.total - this.done) * elapsed) / Math.max(this.done, 1);
    const line = `${this.label}: ${fmt.format(this.done)}/${fmt.format(this.total)} (${pct}%) · ${fmt.format(Math.round(rate))} rows/s · elapsed ${duration(elapsed)} · ETA ${duration(eta)}`;
    process.stderr.write(this.tty ? `\r\x1b[K${line}` : `${line}\n`);
  }

  finish(): { seconds: number; rows: number } {
    if (this.tty) process.stderr.write('\n');
    return { seconds: (performance.now() - this.started) / 1000, rows: this.rows };
  }
}

export { fmt as numberFormat };
