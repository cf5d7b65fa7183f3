import {
  type FuturePlan,
  FuturePlanTopicOwner,
  FuturePlanTopicStatus,
  type FuturePlanTopicUpdate,
} from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { futurePlanKeys, updateTopic } from '../../api/future-plan-api.ts';

export type PlanTopic = FuturePlan['topics'][number];

/** Every status a topic can have, in the order a person goes through them. */
export const TOPIC_STATUSES = FuturePlanTopicStatus.options;

/**
 * Who can take a topic on: "helper" only once the youth chose one (or when it already is the
 * owner, so the page never hides the current value).
 */
export function ownerChoices(plan: FuturePlan, current: FuturePlanTopicOwner): FuturePlanTopicOwner[] {
  return FuturePlanTopicOwner.options.filter((o) => o !== 'helper' || plan.helper !== null || current === o);
}

/** Saves one topic's status (and owner) against the plan's version; the plan is read again after. */
export function useTopicUpdate(plan: FuturePlan, topic: PlanTopic) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Omit<FuturePlanTopicUpdate, 'version'>) =>
      updateTopic(plan, topic.key, { ...change, version: plan.version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: futurePlanKeys.all }),
  });
}
