import { describe, expect, it } from 'vitest';
import { BootTiming } from '../src/health/boot-timing.ts';

describe('boot timing (BOOT_TIMING=1)', () => {
  it('writes one line per phase, with its end and its duration', () => {
    const lines: string[] = [];
    const boot = new BootTiming(true, (line) => lines.push(line));
    boot.mark('modules loaded');
    boot.mark('listening');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^boot modules loaded +at +\d+ ms \(\+\d+ ms\), \d+ MB resident\n$/);
    expect(lines[1]).toMatch(/^boot listening +at +\d+ ms \(\+\d+ ms\), \d+ MB resident\n$/);
  });

  it('writes nothing unless asked', () => {
    const lines: string[] = [];
    const boot = new BootTiming(false, (line) => lines.push(line));
    boot.mark('listening');
    expect(lines).toEqual([]);
  });
});
