export const breakGlassNl = {
  breakGlass: {
    nav: 'Noodtoegang',
    title: 'Noodtoegang (meldcode)',
    intro:
      'Als de veiligheid van een kind of volwassene het nodig maakt, kunt u een dossier openen zonder toestemming van het gezin. U schrijft op waarom. De toegang duurt 24 uur, de teamleider beoordeelt hem achteraf en het gezin ziet hem in het overzicht "Wie heeft mijn gegevens bekeken", tenzij een wettelijke grond dat verbiedt.',
    lookupTitle: '1. Zoek het huishouden',
    lookupIntro:
      'Gebruik gegevens die u al heeft, precies zoals ze zijn vastgelegd. U ziet alleen genoeg om het juiste huishouden te kiezen. Ook deze zoekactie wordt vastgelegd.',
    lookupBy: 'Zoeken met',
    byBsn: 'BSN en geboortedatum',
    byName: 'Achternaam, geboortedatum en postcode',
    bsn: 'BSN',
    lastName: 'Achternaam',
    postcode: 'Postcode',
    birthDate: 'Geboortedatum',
    lookup: 'Zoeken',
    lookupInvalid:
      'Vul alle velden in: een geldig BSN (9 cijfers, 11-proef) of achternaam en postcode (1234 AB), en de geboortedatum.',
    resultsTitle: 'Gevonden',
    noResults: 'Geen huishouden gevonden met precies deze gegevens.',
    choose: 'Kies {{name}}',
    openTitle: '2. Waarom opent u het dossier van {{name}}?',
    openWarning:
      'U opent dit dossier zonder toestemming. Doe dit alleen als de veiligheid het vraagt. Uw reden, uw naam en het tijdstip worden vastgelegd en beoordeeld.',
    reason: 'Reden',
    reasonHint:
      'Minstens {{count}} tekens. Schrijf op wat er aan de hand is en waarom toestemming vragen nu niet kan.',
    reasonTooShort: 'Schrijf een reden van minstens {{count}} tekens.',
    withhold: 'Een wettelijke grond verbiedt om het gezin hierover te informeren',
    legalGround: 'Wettelijke grond',
    legalGroundHint:
      'Bijvoorbeeld: lopend onderzoek Veilig Thuis. De teamleider moet de toegang dan beoordelen.',
    groundMissing: 'Noem de wettelijke grond.',
    open: 'Dossier openen',
    opened: 'U heeft toegang tot {{until}}. Het dossier staat onder "Mijn noodtoegang".',
    mineTitle: 'Mijn noodtoegang',
    mineEmpty: 'U heeft de afgelopen 30 dagen geen noodtoegang gebruikt.',
    activeUntil: 'toegang tot {{until}}',
    expiredAt: 'verlopen op {{at}}',
  },
  breakGlassReview: {
    nav: 'Noodtoegang beoordelen',
    title: 'Noodtoegang beoordelen',
    intro:
      'Hier staan de dossiers in uw team die zonder toestemming zijn geopend. Beoordeel of dat terecht was. Als het gezin er niet over geïnformeerd mag worden, is beoordelen verplicht.',
    empty: 'Er is niets te beoordelen.',
    itemTitle: '{{who}} opende een dossier op {{at}}',
    mandatory: 'Beoordeling verplicht',
    household: 'Huishouden',
    reason: 'Reden',
    until: 'Toegang tot',
    family: 'Gezin',
    withheld: 'Niet geïnformeerd — wettelijke grond: {{ground}}',
    shown: 'Ziet deze toegang in het eigen overzicht',
    justified: 'Terecht',
    notJustified: 'Niet terecht',
  },
};
