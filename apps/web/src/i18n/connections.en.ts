import type { connectionsNl } from './connections.nl.ts';
import type { TranslationTree } from './translation-tree.ts';

export const connectionsEn: TranslationTree<typeof connectionsNl> = {
  connections: {
    title: "Connections with providers' systems",
    intro:
      'A provider that sends iJw messages from its own system (or through a regional message hub) uses a key. With that key the system can only send and receive messages at the iJw address, and only for this provider.',
    none: 'This provider has no connection yet.',
    created: 'created on {{date}}',
    lastUsed: 'last used on {{date}}',
    neverUsed: 'not used yet',
    revoke: 'Revoke: {{label}}',
    label: 'Name of the connection for {{provider}}',
    labelHint: 'For example the name of the system or the message hub.',
    create: 'Create key',
    tokenOnce:
      'Copy this key now and pass it on safely to the provider. It is shown only once; we keep only a fingerprint of it.',
    settingsTitle: 'Assignment settings',
    threshold: 'Team lead approval from (euro)',
    thresholdHint: 'An assignment with a higher budget goes out only after approval. Now: {{amount}}.',
    thresholdInvalid: 'Enter an amount in euro, for example 10000.00.',
    startWarningDays: 'Warn when the start has not been reported after this many days',
    startWarningDaysHint:
      'Counted from the start date of the assignment (or the day it was assigned, if later). The coordinator then sees a warning in the plan.',
    startWarningDaysInvalid: 'Enter a number of days from 1 to 365.',
    saveSettings: 'Save settings',
    settingsSaved: 'The settings have been saved.',
  },
};
