import type { AssignmentSettings } from '@een-plan/contracts';
import type { Db, Executor } from '../db/database.ts';
import { saveTenantSetting, tenantSettingRow } from '../db/tenant-setting.ts';
import type { Actor } from '../policy/actor.ts';
import { addDays, amsterdamDate } from '../referrals/working-days.ts';
import { assignmentSetting } from './schema.ts';

const DEFAULT_APPROVAL_THRESHOLD_CENTS = 1_000_000;
const DEFAULT_START_WARNING_DAYS = 10;

/** The tenant's assignment settings; a tenant that never changed them gets the defaults. */
export async function assignmentSettings(db: Executor, tenantId: string): Promise<AssignmentSettings> {
  const row = await tenantSettingRow(db, assignmentSetting, tenantId);
  return {
    approvalThresholdCents: row?.approvalThresholdCents ?? DEFAULT_APPROVAL_THRESHOLD_CENTS,
    startWarningDays: row?.startWarningDays ?? DEFAULT_START_WARNING_DAYS,
  };
}

export async function saveAssignmentSettings(
  db: Db,
  actor: Actor,
  input: AssignmentSettings,
  ctx: { requestId: string; clientAddress: string },
): Promise<AssignmentSettings> {
  await saveTenantSetting(
    db,
    assignmentSetting,
    { actor, origin: ctx, action: 'assignment_settings.update', dataCategory: 'contract' },
    input,
  );
  return assignmentSettings(db, actor.tenantId);
}

/**
 * When the provider's start (JW305) is due: `days` after the start date, or after the day the
 * assignment went out if that was later (a provider cannot start what it has not received).
 * Null once started, stopped or not yet assigned.
 */
export function startDueDate(
  a: { status: string; startDate: string; assignedAt: Date | null },
  days: number,
): string | null {
  if (a.status !== 'assigned' || !a.assignedAt) return null;
  const assignedOn = amsterdamDate(a.assignedAt);
  return addDays(a.startDate > assignedOn ? a.startDate : assignedOn, days);
}

/** Whether the start is overdue on `today` (ISO date). */
export function startOverdue(dueDate: string | null, today: string): boolean {
  return dueDate !== null && today > dueDate;
}
