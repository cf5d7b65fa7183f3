/**
 * Whether a provider organisation may see and act on an assignment: its own, and issued — one
 * still awaiting the team lead's approval, or refused, was never sent to the provider. Everything
 * else is "not found" to the provider, so it learns nothing about other organisations' work.
 */
export function isIssuedTo(
  a: { organisationId: string; status: string },
  organisationId: string | null | undefined,
): boolean {
  return (
    Boolean(organisationId) &&
    a.organisationId === organisationId &&
    a.status !== 'awaiting_approval' &&
    a.status !== 'rejected'
  );
}
