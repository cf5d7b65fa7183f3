export const connectionsNl = {
  connections: {
    title: 'Koppelingen met systemen van aanbieders',
    intro:
      'Een aanbieder die iJw-berichten uit het eigen systeem stuurt (of via een regionale berichtenhub), gebruikt een sleutel. Met die sleutel kan het systeem alleen berichten sturen en ontvangen op het iJw-adres, en alleen voor deze aanbieder.',
    none: 'Deze aanbieder heeft nog geen koppeling.',
    created: 'aangemaakt op {{date}}',
    lastUsed: 'laatst gebruikt op {{date}}',
    neverUsed: 'nog niet gebruikt',
    revoke: 'Intrekken: {{label}}',
    label: 'Naam van de koppeling voor {{provider}}',
    labelHint: 'Bijvoorbeeld de naam van het systeem of de berichtenhub.',
    create: 'Sleutel aanmaken',
    tokenOnce:
      'Kopieer deze sleutel nu en geef hem veilig door aan de aanbieder. Hij wordt maar één keer getoond; wij bewaren alleen een vingerafdruk ervan.',
    settingsTitle: 'Instellingen voor toewijzingen',
    threshold: 'Goedkeuring door teamleider vanaf (euro)',
    thresholdHint: 'Een toewijzing met een hoger budget gaat pas weg na goedkeuring. Nu: {{amount}}.',
    thresholdInvalid: 'Vul een bedrag in euro in, bijvoorbeeld 10000,00.',
    startWarningDays: 'Waarschuwen als de start na zoveel dagen niet gemeld is',
    startWarningDaysHint:
      'Geteld vanaf de ingangsdatum van de toewijzing (of de dag van toewijzen, als die later is). De regisseur ziet dan een waarschuwing in het plan.',
    startWarningDaysInvalid: 'Vul een aantal dagen in van 1 tot en met 365.',
    saveSettings: 'Instellingen opslaan',
    settingsSaved: 'De instellingen zijn opgeslagen.',
  },
};
