import { type AnyColumn, type SQLWrapper, sql } from 'drizzle-orm';
import { userNameOf } from '../auth/fragments.ts';
import { correlated } from '../db/correlated.ts';
import { planComment, planEvaluation, planProposal } from './schema.ts';

type Proposal = typeof planProposal.$inferSelect;
type Comment = typeof planComment.$inferSelect;
type Evaluation = typeof planEvaluation.$inferSelect;

// A moment arrives as JSON text (the reader makes it a Date again); a name is null when the user is gone.
type ProposalJson = Pick<
  Proposal,
  'id' | 'kind' | 'goalId' | 'domainCode' | 'text' | 'proposedBy' | 'status'
> & {
  proposedByName: string | null;
  proposedAt: string;
};
type CommentJson = Pick<Comment, 'id' | 'goalId' | 'text' | 'authorId'> & {
  authorName: string | null;
  createdAt: string;
};
type EvaluationJson = Pick<
  Evaluation,
  'id' | 'planVersion' | 'evaluatedOn' | 'goalResults' | 'nextSteps' | 'nextEvaluationDate'
>;

const proposedBy = userNameOf(sql`x.tenant_id`, sql`x.proposed_by`);
const author = userNameOf(sql`x.tenant_id`, sql`x.author_id`);

/**
 * What hangs on a plan for its reader (proposals, comments, evaluations, with who wrote them, and
 * the name of `coordinatorId`) as columns of a select from `plan`: each list as JSON in its order
 * and within its limit, read beside the rest a plan read or a save's answer shows.
 */
export const aroundColumns = (coordinatorId: AnyColumn | SQLWrapper) => ({
  proposals: correlated(sql<ProposalJson[]>`(
        select coalesce(json_agg(json_build_object('id', x.id, 'kind', x.kind, 'goalId', x.goal_id,
          'domainCode', x.domain_code, 'text', x.text, 'proposedBy', x.proposed_by,
          'proposedByName', ${proposedBy}, 'proposedAt', x.proposed_at, 'status', x.status)
          order by x.proposed_at desc), '[]'::json)
        from (select * from ${planProposal} y where y.tenant_id = "plan"."tenant_id" and y.plan_id = "plan"."id"
          order by y.proposed_at desc limit 100) x)`),
  comments: correlated(sql<CommentJson[]>`(
        select coalesce(json_agg(json_build_object('id', x.id, 'goalId', x.goal_id, 'text', x.text,
          'authorId', x.author_id, 'authorName', ${author}, 'createdAt', x.created_at)
          order by x.created_at), '[]'::json)
        from (select * from ${planComment} y where y.tenant_id = "plan"."tenant_id" and y.plan_id = "plan"."id"
          order by y.created_at limit 200) x)`),
  evaluations: correlated(sql<EvaluationJson[]>`(
        select coalesce(json_agg(json_build_object('id', x.id, 'planVersion', x.plan_version,
          'evaluatedOn', x.evaluated_on, 'goalResults', x.goal_results, 'nextSteps', x.next_steps,
          'nextEvaluationDate', x.next_evaluation_date) order by x.evaluated_on desc), '[]'::json)
        from (select * from ${planEvaluation} y where y.tenant_id = "plan"."tenant_id" and y.plan_id = "plan"."id"
          order by y.evaluated_on desc limit 50) x)`),
  coordinatorName: userNameOf(sql`"plan"."tenant_id"`, coordinatorId),
});

/**
 * The plan's proposals (newest first), comments (oldest first) and evaluations (newest first), and
 * the name of the household's coordinator ('' when none), from the `aroundColumns` as read (none: no plan).
 */
export function aroundOf(
  row:
    | {
        proposals: ProposalJson[];
        comments: CommentJson[];
        evaluations: EvaluationJson[];
        coordinatorName: string | null;
      }
    | undefined,
) {
  return {
    coordinatorName: row?.coordinatorName ?? '',
    proposals: (row?.proposals ?? []).map((x) => ({ ...x, proposedAt: new Date(x.proposedAt) })),
    comments: (row?.comments ?? []).map((x) => ({ ...x, createdAt: new Date(x.createdAt) })),
    evaluations: row?.evaluations ?? [],
  };
}
