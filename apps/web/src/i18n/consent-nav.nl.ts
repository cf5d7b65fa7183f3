/** The one consent text the shared navigation needs (the pages use the `consent` namespace). */
export const consentNavNl = { consentNav: { shared: 'Gedeelde dossiers' } };
