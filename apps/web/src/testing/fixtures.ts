import {
  Consent,
  ConsentList,
  FamilyPlan,
  type FuturePlanSettings,
  IntakeView,
  type Role,
  type SafetyPlanView,
  SessionResponse,
  type SessionState,
} from '@een-plan/contracts';

// Synthetic data shaped like the demo story (the Jansen household), parsed through the API
// contracts so a fixture that no longer matches what the server sends fails here first.

/** GET /api/auth/session when nobody is logged in. */
export const noSession: SessionState = { user: null, csrfToken: 'csrf-test-token' };

/** GET /api/auth/session for a demo person of `role` (a resident belongs to hh-jansen). */
export function sessionAs(role: Role): SessionResponse {
  return SessionResponse.parse({
    csrfToken: 'csrf-test-token',
    user: {
      id: `u-${role}`,
      displayName: role === 'resident' ? 'Anouk Jansen' : 'Sanne de Vries',
      role,
      tenantId: '0394',
      tenantName: 'Haarlemmermeer',
      organisation: null,
      teamId: null,
      householdId: role === 'resident' ? 'hh-jansen' : null,
    },
  });
}

const members = [
  { personId: 'p-anouk', firstName: 'Anouk', role: 'parent', age: 41 },
  { personId: 'p-tom', firstName: 'Tom', role: 'child', age: 12 },
];

export function familyPlan(overrides: Partial<FamilyPlan> = {}): FamilyPlan {
  return FamilyPlan.parse({
    id: 'plan-jansen',
    householdId: 'hh-jansen',
    householdName: 'Jansen',
    state: 'concept',
    version: 3,
    agreedVersion: null,
    nextEvaluationDate: null,
    vision: 'Tom gaat weer met plezier naar school.',
    goals: [
      {
        id: 'goal-1',
        domainCode: 'parenting_development',
        description: 'Tom gaat elke dag naar school',
        achievedWhen: 'Vier weken zonder verzuim',
        priority: 'high',
        targetDate: '2027-03-01',
        concernsPersonIds: ['p-tom'],
        actions: [
          {
            id: 'action-1',
            goalId: 'goal-1',
            description: 'Wekker samen zetten',
            owner: { kind: 'household_member', ref: 'p-anouk', label: 'Anouk' },
            level: 0,
            startDate: null,
            endDate: null,
            status: 'open',
          },
        ],
      },
    ],
    members,
    requiredAgreements: [
      { party: 'coordinator', personId: null, name: 'Sanne de Vries', reason: 'coordinator', agreed: false },
    ],
    agreements: [],
    proposals: [],
    comments: [],
    evaluations: [],
    can: {
      edit: true,
      agree: true,
      recordAgreementFor: [],
      transitions: [],
      propose: false,
      comment: true,
      markDoneActionIds: [],
      evaluate: false,
    },
    partial: false,
    viewerPersonId: null,
    ...overrides,
  });
}

export const ownerOptions = {
  options: [
    { kind: 'household_member', ref: 'p-anouk', label: 'Anouk' },
    { kind: 'household_member', ref: 'p-tom', label: 'Tom' },
  ],
};

export function intakeView(overrides: Partial<IntakeView> = {}): IntakeView {
  return IntakeView.parse({
    householdId: 'hh-jansen',
    householdName: 'Jansen',
    members,
    domains: [
      { code: 'finances', nameNl: 'Financiën', nameEn: 'Finances' },
      { code: 'housing', nameNl: 'Huisvesting', nameEn: 'Housing' },
    ],
    preparation: { goesWell: '', worries: '', wishes: '', version: 0, updatedAt: null },
    suggestions: [],
    intake: {
      version: 2,
      status: 'draft',
      conductedOn: '2026-11-02',
      domains: [{ domainCode: 'finances', goesWell: 'Vaste baan', worries: '', wishes: '' }],
      safety: { unsafeAtHome: null, violence: null, childConcern: null },
      safetyFlag: false,
      scores: [],
      updatedAt: '2026-11-02T10:00:00.000Z',
      updatedByName: 'Sanne de Vries',
    },
    canEdit: true,
    ...overrides,
  });
}

export function consentList(overrides: Partial<ConsentList> = {}): ConsentList {
  return ConsentList.parse({
    householdId: 'hh-jansen',
    consents: [],
    organisations: [
      { id: 'org-jhk', name: 'Jeugdhulp Kennemerland', kind: 'provider' },
      { id: 'org-vlinder', name: 'Basisschool De Vlinder', kind: 'school' },
    ],
    members: [
      { personId: 'p-anouk', firstName: 'Anouk', age: 41 },
      { personId: 'p-tom', firstName: 'Tom', age: 12 },
    ],
    people: [{ userId: 'u-fatima', name: 'Fatima El Amrani', organisationId: 'org-jhk', family: false }],
    ...overrides,
  });
}

export const activeConsent = Consent.parse({
  id: 'consent-1',
  householdId: 'hh-jansen',
  subject: { personId: 'p-tom', firstName: 'Tom' },
  grantee: { kind: 'organisation', ref: 'org-jhk', name: 'Jeugdhulp Kennemerland' },
  sections: ['plan'],
  purposeCategory: 'care_delivery',
  purposeText: '',
  validFrom: '2026-11-01',
  validUntil: '2027-11-01',
  givenBy: [{ personId: 'p-anouk', firstName: 'Anouk' }],
  stillNeeded: [],
  coSignatures: [],
  canAgree: false,
  recordedVia: 'portal',
  recordedByName: 'Anouk Jansen',
  recordedAt: '2026-11-01T09:00:00.000Z',
  givenOn: '2026-11-01',
  revokedAt: null,
  status: 'active',
  version: 1,
});

/** A municipality's own toekomstplan topic, offered to plans. */
export const sportTopic: FuturePlanSettings['customTopics'][number] = {
  key: 'sport',
  title: { nl: 'Sport en cultuur', en: 'Sport and culture' },
  explanation: { nl: 'Kijk of je sportclub doorgaat na 18.', en: 'Check your sports club after 18.' },
  monthsBefore18: 2,
  active: true,
  deactivatedAt: null,
};

/**
 * The Jansen household's safety section as the coordinator reads it: one worry, the rest empty;
 * `section` and `over` give what a test is about.
 */
export function safetyPlanView(
  section: Partial<SafetyPlanView['section']> = {},
  over: Partial<SafetyPlanView> = {},
): SafetyPlanView {
  return {
    planId: 'plan-1',
    householdId: 'hh-jansen',
    householdName: 'Jansen',
    version: 4,
    agreedVersion: 3,
    section: {
      worries: [{ id: 'w1', kind: 'harm', text: 'Harde ruzies waar Tom bij is' }],
      strengths: [],
      goals: [],
      networkRoles: [],
      checks: [],
      ...section,
    },
    checksDone: [],
    scores: [],
    threshold: 3,
    networkMembers: [],
    members: [],
    basis: 'coordinator',
    partial: false,
    can: { edit: true, setConditions: false, record: true, recordOwnScore: false },
    ...over,
  };
}
