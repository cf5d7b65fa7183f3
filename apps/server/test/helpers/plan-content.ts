/** The plan's goals as the PUT body takes them, so a test can change one thing and save the rest as is. */
export function goalsAsInput<A extends object>(
  goals: readonly (Record<string, unknown> & { actions: readonly A[] })[],
) {
  return goals.map((g) => ({
    id: g.id,
    domainCode: g.domainCode,
    description: g.description,
    achievedWhen: g.achievedWhen,
    priority: g.priority,
    targetDate: g.targetDate,
    concernsPersonIds: g.concernsPersonIds,
    actions: g.actions.map((a) => ({ ...a, goalId: undefined })),
  }));
}
