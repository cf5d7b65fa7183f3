import type { Role } from '@een-plan/contracts';

export type PlacementNavigationPath = '/plekvrij' | '/plekvrij/aanbod' | '/plekvrij/regio';
export type PlacementNavigationLabel = 'placements.nav' | 'placements.navProvider' | 'placements.navRegional';

/** Coordinators search, providers publish, team leads and policy analysts see the region. */
export function placementNavigationItems(
  role: Role,
): Array<{ to: PlacementNavigationPath; labelKey: PlacementNavigationLabel }> {
  if (role === 'coordinator') return [{ to: '/plekvrij', labelKey: 'placements.nav' }];
  if (role === 'provider') return [{ to: '/plekvrij/aanbod', labelKey: 'placements.navProvider' }];
  if (role === 'team_lead' || role === 'policy_analyst') {
    return [{ to: '/plekvrij/regio', labelKey: 'placements.navRegional' }];
  }
  return [];
}
