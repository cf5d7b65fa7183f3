/** Facts the task rules ask of the safety module: reports to Veilig Thuis not yet triaged. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { triageOfReport, veiligThuisReport, veiligThuisTriage } from './schema.ts';

export async function reportsAwaitingTriage(db: Executor, tenantId: string) {
  return db
    .select({
      id: veiligThuisReport.id,
      householdId: veiligThuisReport.householdId,
      dueDate: veiligThuisReport.triageDueOn,
    })
    .from(veiligThuisReport)
    .leftJoin(veiligThuisTriage, triageOfReport)
    .where(and(eq(veiligThuisReport.tenantId, tenantId), isNull(veiligThuisTriage.reportId)))
    .limit(1000);
}
