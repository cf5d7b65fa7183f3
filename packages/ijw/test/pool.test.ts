/**
 * Validation runs in worker threads: while three large messages validate, the caller's event loop
 * stays free. And hostile nesting is refused before any parser sees it.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { ValidationPool } from '../src/validate/pool.ts';
import { MAX_XML_DEPTH } from '../src/xml-depth.ts';
import { example } from './support.ts';

const pool = new ValidationPool(2);
afterAll(() => pool.close());

/** About 1 MB: the JW323 example's clients repeated (the rules compare them pairwise), then indentation. */
function largeDeclaration(): string {
  const xml = example('JW323');
  const start = xml.indexOf('<jw323:Client>');
  const end = xml.lastIndexOf('</jw323:Client>') + '</jw323:Client>'.length;
  const clients = xml.slice(start, end).repeat(30);
  const padding = '\n'.repeat(1_000_000 - (xml.length - (end - start)) - clients.length);
  return `${xml.slice(0, start)}${clients}${padding}${xml.slice(end)}`;
}

describe('validation pool', () => {
  it('keeps the event loop free while three 1 MB messages validate', async () => {
    const xml = largeDeclaration();
    expect(xml.length).toBeGreaterThanOrEqual(1_000_000);
    await pool.validate(example('JW301')); // workers started and warm: start-up is not what is measured
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const reports = await Promise.all([pool.validate(xml), pool.validate(xml), pool.validate(xml)]);
    const busy = performance.now() - started;
    delay.disable();
    for (const r of reports) {
      expect(r.messageType).toBe('JW323');
      expect(r.rules.checked).toBe(true);
      expect(r.issues.map((i) => i.code)).toContain('TR101'); // repeated ReferentieNummers
    }
    // Generous: a blocked loop would wait for whole validations (seconds); a free one only for
    // the scheduler on a busy machine.
    const maxDelayMs = delay.max / 1e6;
    expect(maxDelayMs).toBeLessThan(Math.max(250, busy / 4));
  }, 300_000);

  it('answers many messages concurrently with the same reports as one at a time', async () => {
    const names = ['JW301', 'JW305', 'JW317', 'JW323'];
    const one = [];
    for (const n of names) one.push(await pool.validate(example(n)));
    const all = await Promise.all(names.map((n) => pool.validate(example(n))));
    expect(all).toEqual(one);
  }, 120_000);

  it('refuses 50,000 nested elements before parsing, as a level 1 error', async () => {
    const deep = `<a xmlns="urn:x">${'<b>'.repeat(50_000)}${'</b>'.repeat(50_000)}</a>`;
    const report = await pool.validate(deep);
    expect(report.valid).toBe(false);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ niveau: 1, source: 'xml', code: 'XML' });
    expect(report.issues[0]?.message).toContain(`deeper than ${MAX_XML_DEPTH}`);
  }, 60_000);
});
