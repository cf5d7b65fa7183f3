import type { Actor } from './actor.ts';
import { decideHousehold, type HouseholdAccessFacts } from './decide.ts';

/** What the policy needs to know about a child-protection measure. */
interface MeasureFacts {
  tenantId: string;
  /** The certified institution (GI) that registered it; null while registering. */
  organisationId: string | null;
  household: HouseholdAccessFacts;
}

export type MeasureAction = 'measure.register' | 'measure.read' | 'measure.update';

type MeasureDecision =
  | { allowed: true; basis: 'certified_institution' | 'household' }
  | { allowed: false; reason: 'other_tenant' | 'no_relationship' | 'role_not_allowed' };

const deny = (reason: 'other_tenant' | 'no_relationship' | 'role_not_allowed'): MeasureDecision => ({
  allowed: false,
  reason,
});

/**
 * Who may know of a measure: the GI that carries it out (a court ruling is its basis, so it
 * registers for any household of its tenant and then keeps its own measures), and the
 * household's coordinator and team lead, who must work with it. Nobody else: not the family's
 * portal (the GI informs the family itself), not providers, sources or Veilig Thuis by default.
 */
export function decideMeasure(actor: Actor, action: MeasureAction, facts: MeasureFacts): MeasureDecision {
  if (actor.tenantId !== facts.tenantId) return deny('other_tenant');
  switch (actor.role) {
    case 'certified_institution':
      if (action === 'measure.register') return { allowed: true, basis: 'certified_institution' };
      return actor.organisationId !== null && facts.organisationId === actor.organisationId
        ? { allowed: true, basis: 'certified_institution' }
        : deny('no_relationship');
    case 'coordinator':
    case 'team_lead': {
      if (action !== 'measure.read') return deny('role_not_allowed');
      const d = decideHousehold(actor, 'household.read', facts.household);
      return d.allowed ? { allowed: true, basis: 'household' } : deny(d.reason);
    }
    default:
      return deny('role_not_allowed');
  }
}

/** A GI sees on a household only the measures it carries out itself; the household's professionals all. */
export function measureOrganisationFilter(actor: Actor): string | null {
  return actor.role === 'certified_institution' ? (actor.organisationId ?? '') : null;
}
