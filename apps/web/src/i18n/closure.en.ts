export const closureEn = {
  closure: {
    title: 'Close the plan',
    start: 'Close the plan…',
    intro:
      'Closing the plan closes everything that belongs to it. Check below what will happen, then confirm.',
    notYet: 'You can close the plan once it is in the Evaluation phase and an evaluation has been recorded.',
    closedOn: 'Closing date: {{date}}',
    assignmentsTitle: 'Assignments',
    noAssignments: 'There are no open assignments.',
    assignment: 'Assignment {{number}} – {{product}} for {{person}} ({{organisation}})',
    outcome: {
      cancelled: 'Not sent yet: it is dropped. The budget of {{budget}} is released.',
      ended:
        'Not started: the municipality ends the assignment on {{date}}. The provider receives an assignment message (JW301). The budget of {{budget}} is released.',
      awaiting_stop:
        'Started: the municipality ends the assignment on {{date}} (JW301 to the provider). The budget goes from {{budget}} to {{newBudget}}. The provider must then still send a stop message (JW307).',
    },
    awaitingStopWarning:
      'Note: {{count}} assignment(s) have already started. Only the provider can stop them, with a stop message (JW307). The plan does close; until the stop message arrives you see here which assignment is still open.',
    actionsTitle: 'Actions still open',
    noActions: 'All actions are already done or dropped.',
    actionLegend: '{{action}} ({{owner}})',
    actionDone: 'Done',
    actionDropped: 'Dropped',
    reason: 'Why does the support end?',
    reasons: {
      goals_achieved: 'The goals have been achieved',
      no_longer_needed: 'Help is no longer needed',
      family_stopped: 'The family wants to stop',
      moved_away: 'The family has moved',
      other: 'Other reason',
    },
    followUpsTitle: 'Aftercare that will be scheduled',
    followUpsDoneTitle: 'Scheduled aftercare',
    followUp: {
      satisfaction: 'Ask the family: how satisfied are you? (on {{date}})',
      recurrence_check: 'Check after {{months}} months: is help needed again? (on {{date}})',
    },
    household: 'The household gets the status Closed, with the closing date.',
    confirm: 'Close the plan for good',
    cancel: 'Cancel',
    done: 'The plan has been closed.',
    closedTitle: 'Closed plan',
    closedInfoNoReason: 'Closed on {{date}}.',
    closedInfo: 'Closed on {{date}}. Reason: {{reason}}.',
    awaitingStopTitle: 'Still waiting for a stop message from the provider',
    allSettled: 'All assignments are settled.',
    endedOn: 'ended by the municipality on {{date}}',
    waitsForStop: 'waiting for the provider’s stop message (JW307)',
  },
  providerReport: {
    allowedStart:
      'Choose the day the help really began: from {{from}} up to and including {{to}}, and not later than today.',
    allowedStop: 'Choose the day the help stopped: from {{from}} up to and including today.',
    notYet:
      'This assignment begins on {{from}}. You can report the start from that day, once the help has really begun.',
    rejectedCodes: 'The municipality rejected the message. The return codes:',
    code: 'Code {{code}}: {{text}}',
    stored: 'The message and the municipality’s answer are listed under Messages.',
  },
  dossierStatus: {
    label: 'Status',
    closedOn: 'on {{date}}',
  },
};
