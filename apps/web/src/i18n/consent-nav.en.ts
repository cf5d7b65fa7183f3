import type { consentNavNl } from './consent-nav.nl.ts';

export const consentNavEn: typeof consentNavNl = { consentNav: { shared: 'Shared files' } };
