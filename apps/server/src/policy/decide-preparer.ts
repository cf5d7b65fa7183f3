import { ageOn } from './decide-consent.ts';

/** From this age a youth prepares the conversation alone (product.md: 16+ decides alone). */
const MIN_PREPARER_AGE = 16;

/**
 * Writing the family's preparation or suggesting network members: parents and other adults of the
 * household, and a youth from 16. A resident whose age is unknown (no person record) is refused.
 */
export function decidePreparer(
  birthDate: string | null,
  today: Date,
): { allowed: true } | { allowed: false; reason: 'under_preparer_age' } {
  if (birthDate !== null && ageOn(birthDate, today) >= MIN_PREPARER_AGE) return { allowed: true };
  return { allowed: false, reason: 'under_preparer_age' };
}
