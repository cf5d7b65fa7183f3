import { and, eq } from 'drizzle-orm';
import { demoActorOf } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';
import { declaration } from './declarations-schema.ts';
import { declareCare } from './declare-care.ts';
import { assignment } from './schema.ts';

const DEMO_CTX = { requestId: 'demo-data', clientAddress: '127.0.0.1' };

/** The calendar month (YYYY-MM) `months` after the month of `day`. */
function monthAfter(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 7);
}

/**
 * Jeugdhulp Kennemerland declares Tom's care through the same code path as the provider's screen,
 * so the JW323s and the municipality's JW325s are real, validated and stored: two months of the
 * earlier (started, then stopped) trajectory — one approved, one with more hours than assigned
 * (rejected, 9321) — and the first month of the current one (approved) once that month is over. Idempotent: skipped when the provider has
 * declared before.
 */
export async function loadDeclarationsDemo(tx: Executor, tenantId: string): Promise<void> {
  if (tenantId !== '0394') return;
  const [existing] = await tx
    .select({ id: declaration.id })
    .from(declaration)
    .where(and(eq(declaration.tenantId, tenantId), eq(declaration.organisationId, 'org-jeugdhulp')))
    .limit(1);
  if (existing) return;
  const fatima = await demoActorOf(tx, tenantId, 'u-fatima');
  if (!fatima) return;
  const rows = await tx
    .select({ id: assignment.id, startedOn: assignment.startedOn })
    .from(assignment)
    .where(eq(assignment.tenantId, tenantId));
  const started = new Map(rows.map((r) => [r.id, r.startedOn]));
  const first = started.get('asg-jansen-tom-1');
  const current = started.get('asg-jansen-tom-2');
  if (first) {
    await declareCare(tx, fatima, 'asg-jansen-tom-1', { month: monthAfter(first, 1), volume: 4 }, DEMO_CTX);
    await declareCare(tx, fatima, 'asg-jansen-tom-1', { month: monthAfter(first, 2), volume: 12 }, DEMO_CTX);
  }
  // A month can be declared once it is over (TR137): the current trajectory's first month, if so.
  if (current && monthAfter(current, 1) <= new Date().toISOString().slice(0, 7)) {
    await declareCare(tx, fatima, 'asg-jansen-tom-2', { month: current.slice(0, 7), volume: 1 }, DEMO_CTX);
  }
}
