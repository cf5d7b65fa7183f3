import { describe, expect, it } from 'vitest';
import { formatDate, formatMoment } from './dates.ts';

describe('dates as people in the Netherlands read them', () => {
  it('shows a bare day as that day in both languages, and nothing for no date', () => {
    expect(formatDate('2026-03-01', 'nl')).toBe('1 maart 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatDate(null, 'nl')).toBe('');
  });

  it('shows a moment on its Dutch day, also just before midnight UTC', () => {
    expect(formatDate('2026-02-28T23:30:00Z', 'nl')).toBe('1 maart 2026');
    expect(formatMoment('2026-02-28T23:30:00Z', 'nl')).toMatch(/^1 maart .*00:30$/);
  });
});
