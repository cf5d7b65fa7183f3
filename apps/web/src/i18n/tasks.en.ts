import type { tasksNl } from './tasks.nl.ts';
import type { TranslationTree } from './translation-tree.ts';

/** Texts of tasks, the header count and notification settings. */
export const tasksEn: TranslationTree<typeof tasksNl> = {
  tasks: {
    nav: 'My tasks',
    title: 'My tasks',
    intro:
      'What you need to do now: your own tasks and your team’s. A task disappears by itself once the work is done.',
    panelTitle: 'Tasks',
    empty: 'You have no open tasks.',
    emptyClosed: 'There are no completed tasks.',
    showOpen: 'Open tasks',
    showClosed: 'Completed',
    showDismissed: 'Dismissed',
    filterLabel: 'Which tasks',
    due: 'Due {{date}}',
    overdue: 'Overdue',
    forTeam: 'For the team',
    open: 'Open',
    done: 'Done',
    dismiss: 'Dismiss',
    dismissTitle: 'Dismiss task',
    dismissReason: 'Why is no action needed?',
    dismissHint: 'At least 3 characters. This is recorded in the log.',
    dismissReasonRequired: 'Give a reason (at least 3 characters).',
    dismissConfirm: 'Dismiss',
    cancel: 'Cancel',
    closedDone: 'Done',
    closedResolved: 'Resolved by itself',
    closedDismissed: 'Dismissed: {{reason}}',
    allTasks: 'All tasks',
    previous: 'Previous',
    next: 'Next',
    pageOf: 'Page {{page}} of {{pages}}',
    count_one: '{{count}} open task',
    count_other: '{{count}} open tasks',
    kind: {
      approval_waiting: 'Assignment awaiting your approval',
      signal_past_norm: 'Signal: first contact near or past the norm',
      evaluation_due: 'Family plan evaluation coming up',
      start_overdue: 'Provider has not reported the start yet',
      consent_expiring: 'Consent expires soon',
      safety: 'Safety: action needed',
      crisis: 'Crisis: action needed',
      rights: 'Rights: deadline running',
      toekomstplan: 'Future plan: deadline running',
    },
  },
  notificationSettings: {
    nav: 'Settings',
    title: 'Settings',
    emailDigest: 'Send me an e-mail every morning when I have new tasks',
    emailDigestHint:
      'The e-mail only says how many new tasks you have, with a link. Never names or family data.',
    saved: 'Saved.',
  },
};
