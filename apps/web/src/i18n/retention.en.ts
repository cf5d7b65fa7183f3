import type { retentionNl } from './retention.nl.ts';
import type { TranslationTree } from './translation-tree.ts';

export const retentionEn: TranslationTree<typeof retentionNl> = {
  retention: {
    nav: 'Retention periods',
    title: 'Retention periods',
    intro:
      'Dossiers are kept as long as the law requires. After that they are destroyed as a whole, only after your confirmation. Only a trace without personal data remains.',
    termsTitle: 'Terms per kind of dossier',
    years: 'Years after help ended',
    isDefault: 'legal default',
    saveTerms: 'Save terms',
    saved: 'The terms have been saved.',
    recordType: {
      youth_care_dossier: 'Youth care dossier (Youth Act 7.3.8)',
      wmo_support_plan: 'Wmo support plan',
    },
    dueTitle: 'Due for destruction',
    dueEmpty: 'No dossier has passed its retention period.',
    columns: {
      household: 'Dossier',
      parts: 'Parts (help ended)',
      keepUntil: 'Keep until',
      holds: 'Legal hold',
      rows: 'What goes',
    },
    noHolds: 'none',
    dryRun: 'Dry run: show what would go',
    dryRunDone: 'Dry run finished. Nothing was changed.',
    confirmTitle: 'Confirm destruction',
    confirmIntro:
      'Destruction cannot be undone. Type {{word}} to confirm that you want to destroy {{count}} dossier(s).',
    confirmWord: 'DESTROY',
    confirmLabel: 'Confirmation',
    destroy: 'Destroy dossiers',
    destroyed: '{{count}} dossier(s) destroyed.',
    hold: {
      open_assignment: 'open assignment',
      active_plan: 'active plan',
      other_law: 'other legal duty',
      interest_of_other: 'interest of someone else',
    },
    erasureTitle: 'Requests for erasure',
    erasureIntro:
      'Parents, or the young person from age 12, can ask for the dossier to be destroyed (Youth Act 7.3.9). You decide within three months.',
    erasureEmpty: 'There are no requests.',
    newErasure: 'Record request',
    householdId: 'Dossier (household id)',
    requesterKind: 'Who is asking?',
    requester: { parent: 'Parent', youth: 'Young person (12 or older)' },
    requesterPersonId: 'Person id of the requester',
    receivedOn: 'Received on',
    erasureRecorded: 'The request has been recorded.',
    decideBy: 'Decide by',
    status: { open: 'open', executed: 'executed', refused: 'refused' },
    columnsErasure: { received: 'Received', status: 'Status', decision: 'Decision' },
    execute: 'Execute (destroy)',
    refuse: 'Refuse: other legal duty',
    executeConfirm: 'This destroys the whole dossier. Are you sure?',
  },
};
