/**
 * The tenant's bridging maximum, checked where a period is chosen: the key decision's bridging help
 * and a crisis placement from the episode. One message, so the two forms say the same.
 */
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { bridgingDays } from './rules.ts';
import { crisisSettings } from './settings.ts';

export async function assertWithinBridgingMaximum(
  db: Db,
  tenantId: string,
  start: string,
  end: string,
  field: string,
): Promise<void> {
  const { maxBridgingDays } = await crisisSettings(db, tenantId);
  const days = bridgingDays(start, end);
  if (days <= maxBridgingDays) return;
  throw new ProblemError('crisis_bridging_too_long', `${days} > ${maxBridgingDays}`, [
    {
      path: field,
      code: 'too_long',
      message: {
        nl: `Ten hoogste ${maxBridgingDays} dagen; gekozen: ${days}.`,
        en: `At most ${maxBridgingDays} days; chosen: ${days}.`,
      },
    },
  ]);
}
