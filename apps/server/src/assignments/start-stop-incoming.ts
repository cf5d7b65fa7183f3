import type { Jw305Bericht, Jw307Bericht, RetourFinding } from '@een-plan/ijw';
import { and, eq } from 'drizzle-orm';
import type { IncomingHandler } from './incoming.ts';
import { progressPlanAction } from './plan-progress.ts';
import { isIssuedTo } from './provider-visibility.ts';
import { assignment } from './schema.ts';

/** JW305 start and JW307 stop from a provider system: each product must match a current assignment (TR019). */
export const handleStartStop: IncomingHandler<'JW305' | 'JW307'> = async (m) => {
  const { tx, actor } = m;
  const tenantId = actor.tenantId;
  const products =
    m.type === 'JW305'
      ? (m.bericht as Jw305Bericht).Client.StartProducten
      : (m.bericht as Jw307Bericht).Client.StopProducten;
  const listName = m.type === 'JW305' ? 'StartProducten/StartProduct' : 'StopProducten/StopProduct';

  const findings: RetourFinding[] = [];
  const updates: Array<() => Promise<unknown>> = [];
  let firstAssignmentId: string | null = null;
  for (const [i, p] of products.entries()) {
    const path = `Client/${listName}[${i + 1}]`;
    const [a] =
      p.ToewijzingNummer === undefined
        ? []
        : await tx
            .select()
            .from(assignment)
            .where(
              and(
                eq(assignment.tenantId, tenantId),
                eq(assignment.assignmentNumber, p.ToewijzingNummer),
                eq(assignment.organisationId, m.organisationId),
              ),
            )
            .for('update')
            .limit(1);
    if (!a || !isIssuedTo(a, m.organisationId)) {
      findings.push({ path, codes: ['9019'] });
      continue;
    }
    firstAssignmentId ??= a.id;
    const where = and(eq(assignment.tenantId, tenantId), eq(assignment.id, a.id));
    if (m.type === 'JW305') {
      if (a.status === 'started') findings.push({ path, codes: ['9326'] });
      else if (a.status !== 'assigned' || p.Begindatum < a.startDate || p.Begindatum > a.endDate) {
        findings.push({ path, codes: ['9019'] });
      } else {
        updates.push(async () => {
          await tx
            .update(assignment)
            .set({ status: 'started', startedOn: p.Begindatum, version: a.version + 1 })
            .where(where);
          await progressPlanAction(tx, actor, a, 'started');
        });
      }
    } else {
      const stop = p as Jw307Bericht['Client']['StopProducten'][number];
      // Out of order (a stop before its start) or a stop of another start: rejected (TR019).
      if (a.status !== 'started' || a.startedOn !== stop.Begindatum || stop.Einddatum < stop.Begindatum) {
        findings.push({ path, codes: ['9019'] });
      } else {
        updates.push(async () => {
          await tx
            .update(assignment)
            .set({
              status: 'stopped',
              stoppedOn: stop.Einddatum,
              stopReason: stop.RedenBeeindiging,
              version: a.version + 1,
            })
            .where(where);
          await progressPlanAction(tx, actor, a, 'stopped');
        });
      }
    }
  }
  // Each product is judged on its own: the accepted ones are applied, the retour names the rest.
  for (const update of updates) await update();
  return {
    assignmentId: firstAssignmentId,
    findings,
    summary: {
      type: m.type,
      products: products.map((p) => ({
        assignmentNumber: p.ToewijzingNummer ?? null,
        begindatum: p.Begindatum,
      })),
    },
  };
};
