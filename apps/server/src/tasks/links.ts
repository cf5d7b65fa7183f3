import { safetyCheckAnchor } from '@een-plan/contracts';

/** Where a task's subject lives in the web app (paths of apps/web's router). */
export function taskLink(t: { subjectType: string; subjectId: string; householdId: string | null }): string {
  const hh = t.householdId ? `/werkruimte/huishoudens/${encodeURIComponent(t.householdId)}` : null;
  switch (t.subjectType) {
    case 'referral':
      return `/aanmeldingen/${encodeURIComponent(t.subjectId)}`;
    case 'consent':
      return hh ? `${hh}/toestemmingen` : '/taken';
    case 'rights_case':
      return hh ? `${hh}/rechten` : '/werkruimte/rechten';
    case 'safety_check':
      // The check itself, so the plan opens at the one that was missed.
      return hh ? `${hh}/plan#${safetyCheckAnchor(t.subjectId)}` : '/taken';
    case 'plan':
    case 'assignment':
      return hh ? `${hh}/plan` : '/taken';
    case 'crisis_episode':
      return `/crisis/${encodeURIComponent(t.subjectId)}`;
    case 'protection_measure':
      return `/maatregelen/${encodeURIComponent(t.subjectId)}`;
    case 'future_plan':
      return hh ? `${hh}#toekomstplan` : '/taken';
    case 'placement_reservation':
      return '/plekvrij/aanbod';
    case 'veilig_thuis_report':
      return '/werkruimte/veilig-thuis';
    case 'erasure_request':
      return '/beheer/bewaartermijnen';
    default:
      return hh ?? '/taken';
  }
}
