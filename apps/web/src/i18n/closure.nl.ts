export const closureNl = {
  closure: {
    title: 'Plan afsluiten',
    start: 'Plan afsluiten…',
    intro:
      'Als u het plan afsluit, sluit u alles af wat bij het plan hoort. Controleer hieronder wat er gebeurt en bevestig daarna.',
    notYet: 'U kunt het plan afsluiten als het in de fase Evaluatie is en er een evaluatie is vastgelegd.',
    closedOn: 'Afsluitdatum: {{date}}',
    assignmentsTitle: 'Toewijzingen',
    noAssignments: 'Er zijn geen open toewijzingen.',
    assignment: 'Toewijzing {{number}} – {{product}} voor {{person}} ({{organisation}})',
    outcome: {
      cancelled: 'Nog niet verstuurd: vervalt. Het budget van {{budget}} komt vrij.',
      ended:
        'Nog niet gestart: de gemeente beëindigt de toewijzing per {{date}}. De aanbieder krijgt een toewijzingsbericht (JW301). Het budget van {{budget}} komt vrij.',
      awaiting_stop:
        'Gestart: de gemeente beëindigt de toewijzing per {{date}} (JW301 naar de aanbieder). Het budget gaat van {{budget}} naar {{newBudget}}. De aanbieder moet daarna nog een stopbericht (JW307) sturen.',
    },
    awaitingStopWarning:
      'Let op: {{count}} toewijzing(en) zijn al gestart. Die kan alleen de aanbieder stoppen, met een stopbericht (JW307). Het plan gaat wel dicht; u ziet hier tot het stopbericht binnen is welke toewijzing nog openstaat.',
    actionsTitle: 'Acties die nog open staan',
    noActions: 'Alle acties zijn al gedaan of vervallen.',
    actionLegend: '{{action}} ({{owner}})',
    actionDone: 'Gedaan',
    actionDropped: 'Vervalt',
    reason: 'Waarom stopt de begeleiding?',
    reasons: {
      goals_achieved: 'De doelen zijn bereikt',
      no_longer_needed: 'Hulp is niet meer nodig',
      family_stopped: 'Het gezin wil stoppen',
      moved_away: 'Het gezin is verhuisd',
      other: 'Andere reden',
    },
    followUpsTitle: 'Nazorg die wordt gepland',
    followUpsDoneTitle: 'Geplande nazorg',
    followUp: {
      satisfaction: 'Vraag aan het gezin: hoe tevreden bent u? (op {{date}})',
      recurrence_check: 'Controle na {{months}} maanden: is er opnieuw hulp nodig? (op {{date}})',
    },
    household: 'Het huishouden krijgt de status Afgesloten, met de afsluitdatum.',
    confirm: 'Plan definitief afsluiten',
    cancel: 'Annuleren',
    done: 'Het plan is afgesloten.',
    closedTitle: 'Afgesloten plan',
    closedInfoNoReason: 'Afgesloten op {{date}}.',
    closedInfo: 'Afgesloten op {{date}}. Reden: {{reason}}.',
    awaitingStopTitle: 'Wacht nog op een stopbericht van de aanbieder',
    allSettled: 'Alle toewijzingen zijn afgerond.',
    endedOn: 'beëindigd door de gemeente per {{date}}',
    waitsForStop: 'wacht op het stopbericht (JW307) van de aanbieder',
  },
  providerReport: {
    allowedStart:
      'Kies de dag waarop de hulp echt begon: vanaf {{from}} tot en met {{to}}, en niet later dan vandaag.',
    allowedStop: 'Kies de dag waarop de hulp stopte: vanaf {{from}} tot en met vandaag.',
    notYet:
      'Deze toewijzing begint op {{from}}. U kunt de start melden vanaf die dag, als de hulp dan echt begonnen is.',
    rejectedCodes: 'De gemeente heeft het bericht afgekeurd. De retourcodes:',
    code: 'Code {{code}}: {{text}}',
    stored: 'Het bericht en het antwoord van de gemeente staan bij Berichten.',
  },
  dossierStatus: {
    label: 'Stand',
    closedOn: 'op {{date}}',
  },
};
