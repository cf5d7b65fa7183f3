/**
 * Comments and proposals on a plan when one person is erased (decision 0027). On a goal about
 * that person alone, the words go like the goal's own: the entry stays, reading "verwijderd", so
 * the thread keeps its shape and the audit log keeps pointing at a row. What they wrote
 * themselves in the portal stays the household's conversation about the plan: the words stay
 * (their name scrubbed like all free text), the author reads "Verwijderde persoon" because their
 * retired account does (households/retention.ts); here it is only counted for the dry run.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { residentAccountIdsOf } from '../auth/retention.ts';
import type { Executor } from '../db/database.ts';
import { planComment, planProposal } from './schema.ts';

export async function eraseThreadsAbout(
  tx: Executor,
  tenantId: string,
  planIds: string[],
  goalIds: string[],
  erasedText: string,
) {
  if (goalIds.length === 0) return { comments_on_their_goals: 0, proposals_on_their_goals: 0 };
  const comments = await tx
    .update(planComment)
    .set({ text: erasedText })
    .where(
      and(
        eq(planComment.tenantId, tenantId),
        inArray(planComment.planId, planIds),
        inArray(planComment.goalId, goalIds),
      ),
    )
    .returning({ id: planComment.id });
  const proposals = await tx
    .update(planProposal)
    .set({ text: erasedText })
    .where(
      and(
        eq(planProposal.tenantId, tenantId),
        inArray(planProposal.planId, planIds),
        inArray(planProposal.goalId, goalIds),
      ),
    )
    .returning({ id: planProposal.id });
  return { comments_on_their_goals: comments.length, proposals_on_their_goals: proposals.length };
}

export async function countWrittenBy(tx: Executor, tenantId: string, planIds: string[], personId: string) {
  const accounts = await residentAccountIdsOf(tx, tenantId, personId);
  if (accounts.length === 0) return { comments_they_wrote: 0, proposals_they_wrote: 0 };
  const comments = await tx
    .select({ id: planComment.id })
    .from(planComment)
    .where(
      and(
        eq(planComment.tenantId, tenantId),
        inArray(planComment.planId, planIds),
        inArray(planComment.authorId, accounts),
      ),
    );
  const proposals = await tx
    .select({ id: planProposal.id })
    .from(planProposal)
    .where(
      and(
        eq(planProposal.tenantId, tenantId),
        inArray(planProposal.planId, planIds),
        inArray(planProposal.proposedBy, accounts),
      ),
    );
  return { comments_they_wrote: comments.length, proposals_they_wrote: proposals.length };
}
