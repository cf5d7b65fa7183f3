import type { Role } from '@een-plan/contracts';

export type AssignmentNavigationPath =
  | '/toewijzingen'
  | '/beheer/berichten'
  | '/beheer/contracten'
  | '/verzoeken';
export type AssignmentNavigationLabel =
  | 'assignments.nav'
  | 'assignments.messagesNav'
  | 'contractsAdmin.nav'
  | 'requests.nav';

/** Providers report start and stop under "Toewijzingen"; administrators see the iJw "Berichten". */
export function assignmentNavigationItems(
  role: Role,
): Array<{ to: AssignmentNavigationPath; labelKey: AssignmentNavigationLabel }> {
  if (role === 'provider') return [{ to: '/toewijzingen', labelKey: 'assignments.nav' }];
  // The social team decides providers' requests (JW315/JW317) for its clients.
  if (role === 'coordinator' || role === 'team_lead') return [{ to: '/verzoeken', labelKey: 'requests.nav' }];
  if (role === 'admin')
    return [
      { to: '/beheer/contracten', labelKey: 'contractsAdmin.nav' },
      { to: '/beheer/berichten', labelKey: 'assignments.messagesNav' },
    ];
  return [];
}
