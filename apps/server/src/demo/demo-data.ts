/**
 * Synthetic demo data following the story in product.md: Tom (12) in Nieuw-Vennep, his mother
 * Anouk, his sister Lisa (16½), coordinator Sanne. Every person is invented.
 */
import type { Role } from '@een-plan/contracts';

export const DEMO_TENANT = { tenantId: '0394', name: 'Gemeente Haarlemmermeer' };

export const demoOrganisations = [
  { id: 'org-gemeente', name: 'Gemeente Haarlemmermeer', kind: 'municipality', agbCode: null },
  { id: 'org-sociaal-team', name: 'Sociaal Team Haarlemmermeer', kind: 'social_team', agbCode: null },
  { id: 'org-vlinder', name: 'Basisschool De Vlinder', kind: 'school', agbCode: null },
  { id: 'org-huisarts', name: 'Huisartsenpraktijk Venneperhout', kind: 'gp', agbCode: null },
  { id: 'org-jeugdhulp', name: 'Jeugdhulp Kennemerland', kind: 'youth_care_provider', agbCode: '98765432' },
  { id: 'org-veilig-thuis', name: 'Veilig Thuis Kennemerland', kind: 'veilig_thuis', agbCode: null },
  { id: 'org-cjg', name: 'CJG Haarlemmermeer', kind: 'cjg', agbCode: null },
] as const;

export const demoTeams = [
  {
    id: 'team-nieuw-vennep',
    name: 'Sociaal team Nieuw-Vennep',
    phone: '023 567 1000',
    email: 'nieuw-vennep@sociaalteam.example',
  },
  {
    id: 'team-hoofddorp-oost',
    name: 'Sociaal team Hoofddorp-Oost',
    phone: '023 567 2000',
    email: 'hoofddorp-oost@sociaalteam.example',
  },
  {
    id: 'team-badhoevedorp',
    name: 'Sociaal team Badhoevedorp',
    phone: '023 567 3000',
    email: 'badhoevedorp@sociaalteam.example',
  },
] as const;

export const demoAreas = [
  {
    id: 'area-nieuw-vennep',
    name: 'Nieuw-Vennep',
    teamId: 'team-nieuw-vennep',
    postcodes: ['2151', '2152', '2153', '2154'],
  },
  {
    id: 'area-hoofddorp-oost',
    name: 'Hoofddorp-Oost',
    teamId: 'team-hoofddorp-oost',
    postcodes: ['2131', '2132', '2133'],
  },
  { id: 'area-badhoevedorp', name: 'Badhoevedorp', teamId: 'team-badhoevedorp', postcodes: ['1171'] },
] as const;

type DemoUserSeed = {
  id: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  teamId: string | null;
  personId: string | null;
  email: string;
  oidcSubject: string;
  demoDescription: string;
};

export const demoUsers: DemoUserSeed[] = [
  {
    id: 'u-sanne',
    displayName: 'Sanne de Vries',
    role: 'coordinator',
    organisationId: 'org-sociaal-team',
    teamId: 'team-nieuw-vennep',
    personId: null,
    email: 'sanne@sociaalteam.example',
    oidcSubject: 'sanne.devries',
    demoDescription: 'Regisseur in het sociaal team Nieuw-Vennep; regisseur van het gezin Jansen.',
  },
  {
    id: 'u-mohamed',
    displayName: 'Mohamed Bouzid',
    role: 'coordinator',
    organisationId: 'org-sociaal-team',
    teamId: 'team-hoofddorp-oost',
    personId: null,
    email: 'mohamed@sociaalteam.example',
    oidcSubject: 'mohamed.bouzid',
    demoDescription: 'Regisseur in het sociaal team Hoofddorp-Oost.',
  },
  {
    // A second coordinator in Nieuw-Vennep: the team lead can hand a family over to her (issue 16).
    id: 'u-lotte',
    displayName: 'Lotte Visser',
    role: 'coordinator',
    organisationId: 'org-sociaal-team',
    teamId: 'team-nieuw-vennep',
    personId: null,
    email: 'lotte@sociaalteam.example',
    oidcSubject: 'lotte.visser',
    demoDescription: 'Regisseur in het sociaal team Nieuw-Vennep.',
  },
  {
    id: 'u-ahmed',
    displayName: 'Ahmed Yilmaz',
    role: 'team_lead',
    organisationId: 'org-sociaal-team',
    teamId: 'team-nieuw-vennep',
    personId: null,
    email: 'ahmed@sociaalteam.example',
    oidcSubject: 'ahmed.yilmaz',
    demoDescription: 'Teamleider en budgetregisseur van het sociaal team Nieuw-Vennep.',
  },
  {
    id: 'u-marloes',
    displayName: 'Marloes Bakker',
    role: 'source',
    organisationId: 'org-vlinder',
    teamId: null,
    personId: null,
    email: 'marloes@devlinder.example',
    oidcSubject: 'marloes.bakker',
    demoDescription: 'Leerkracht groep 8 op basisschool De Vlinder in Nieuw-Vennep.',
  },
  {
    id: 'u-pieter',
    displayName: 'dr. Pieter Visser',
    role: 'source',
    organisationId: 'org-huisarts',
    teamId: null,
    personId: null,
    email: 'pieter@venneperhout.example',
    oidcSubject: 'pieter.visser',
    demoDescription: 'Huisarts in Nieuw-Vennep; mag rechtstreeks verwijzen naar specialistische jeugdhulp.',
  },
  {
    id: 'u-fatima',
    displayName: 'Fatima El Amrani',
    role: 'provider',
    organisationId: 'org-jeugdhulp',
    teamId: null,
    personId: null,
    email: 'fatima@jeugdhulp.example',
    oidcSubject: 'fatima.elamrani',
    demoDescription: 'Ambulant jeugdhulpverlener bij Jeugdhulp Kennemerland (AGB 98765432).',
  },
  {
    id: 'u-joost',
    displayName: 'Joost de Boer',
    role: 'safety',
    organisationId: 'org-veilig-thuis',
    teamId: null,
    personId: null,
    email: 'joost@veiligthuis.example',
    oidcSubject: 'joost.deboer',
    demoDescription: 'Medewerker van Veilig Thuis Kennemerland.',
  },
  {
    id: 'u-linda',
    displayName: 'Linda Kramer',
    role: 'policy_analyst',
    organisationId: 'org-gemeente',
    teamId: null,
    personId: null,
    email: 'linda@haarlemmermeer.example',
    oidcSubject: 'linda.kramer',
    demoDescription: 'Beleidsmedewerker jeugd; ziet alleen cijfers, nooit persoonsgegevens.',
  },
  {
    id: 'u-erik',
    displayName: 'Erik Smit',
    role: 'admin',
    organisationId: 'org-gemeente',
    teamId: null,
    personId: null,
    email: 'erik@haarlemmermeer.example',
    oidcSubject: 'erik.smit',
    demoDescription: 'Functioneel beheerder: gebieden, organisaties, gebruikers en sociale kaart.',
  },
  {
    id: 'u-anouk',
    displayName: 'Anouk Jansen',
    role: 'resident',
    organisationId: null,
    teamId: null,
    personId: 'p-anouk',
    email: 'anouk@voorbeeld.example',
    oidcSubject: 'anouk.jansen',
    demoDescription: 'Moeder van Tom (12) en Lisa (16); gezagsdrager.',
  },
  {
    id: 'u-lisa',
    displayName: 'Lisa Jansen',
    role: 'resident',
    organisationId: null,
    teamId: null,
    personId: 'p-lisa',
    email: 'lisa@voorbeeld.example',
    oidcSubject: 'lisa.jansen',
    demoDescription: 'Zus van Tom, 16 jaar; werkt aan haar toekomstplan.',
  },
];

type DemoHousehold = {
  id: string;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  coordinatorId: string | null;
  members: Array<{
    id: string;
    firstName: string;
    lastName: string;
    birthDate: string;
    /** As recorded for CBS (iJw COD046). */
    sex: 'male' | 'female';
    role: string;
  }>;
};

export const demoHouseholds: DemoHousehold[] = [
  {
    id: 'hh-jansen',
    name: 'Gezin Jansen',
    street: 'Kruisweg',
    houseNumber: '12',
    postcode: '2151 AB',
    city: 'Nieuw-Vennep',
    coordinatorId: 'u-sanne',
    members: [
      {
        id: 'p-anouk',
        firstName: 'Anouk',
        lastName: 'Jansen',
        birthDate: '1984-09-02',
        sex: 'female',
        role: 'gezagsdrager',
      },
      {
        id: 'p-mark',
        firstName: 'Mark',
        lastName: 'Jansen',
        birthDate: '1982-01-17',
        sex: 'male',
        role: 'gezagsdrager',
      },
      {
        id: 'p-lisa',
        firstName: 'Lisa',
        lastName: 'Jansen',
        birthDate: '2010-05-10',
        sex: 'female',
        role: 'kind',
      },
      {
        id: 'p-tom',
        firstName: 'Tom',
        lastName: 'Jansen',
        birthDate: '2014-03-15',
        sex: 'male',
        role: 'kind',
      },
    ],
  },
  {
    id: 'hh-ozturk',
    name: 'Gezin Öztürk',
    street: 'Hoofdweg',
    houseNumber: '240',
    postcode: '2153 CD',
    city: 'Nieuw-Vennep',
    coordinatorId: 'u-sanne',
    members: [
      {
        id: 'p-elif',
        firstName: 'Elif',
        lastName: 'Öztürk',
        birthDate: '1990-11-30',
        sex: 'female',
        role: 'gezagsdrager',
      },
      {
        id: 'p-deniz',
        firstName: 'Deniz',
        lastName: 'Öztürk',
        birthDate: '2019-06-21',
        sex: 'female',
        role: 'kind',
      },
    ],
  },
  {
    id: 'hh-de-graaf',
    name: 'Huishouden De Graaf',
    street: 'Kalorama',
    houseNumber: '7',
    postcode: '2132 EF',
    city: 'Hoofddorp',
    coordinatorId: 'u-mohamed',
    members: [
      {
        id: 'p-willem',
        firstName: 'Willem',
        lastName: 'de Graaf',
        birthDate: '1975-03-03',
        sex: 'male',
        role: 'gezagsdrager',
      },
      {
        id: 'p-sem',
        firstName: 'Sem',
        lastName: 'de Graaf',
        birthDate: '2008-12-01',
        sex: 'male',
        role: 'kind',
      },
    ],
  },
  {
    id: 'hh-pinas',
    name: 'Gezin Bakker-Pinas',
    street: 'Sloterweg',
    houseNumber: '88',
    postcode: '1171 GH',
    city: 'Badhoevedorp',
    coordinatorId: null,
    members: [
      {
        id: 'p-naomi',
        firstName: 'Naomi',
        lastName: 'Pinas',
        birthDate: '1993-07-14',
        sex: 'female',
        role: 'gezagsdrager',
      },
      {
        id: 'p-jayden',
        firstName: 'Jayden',
        lastName: 'Bakker',
        birthDate: '2016-02-09',
        sex: 'male',
        role: 'kind',
      },
    ],
  },
];
