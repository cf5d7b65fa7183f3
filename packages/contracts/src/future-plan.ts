import { z } from 'zod';

/**
 * Toekomstplan 18-/18+: what a youth in care arranges before the 18th birthday. The topics below
 * are every tenant's; a tenant adds its own (admin). Each has a plain-language (B1) explanation in
 * Dutch and English and a due date counted back from the 18th birthday.
 */
export const FuturePlanTopicStatus = z.enum(['open', 'in_progress', 'done', 'not_needed']);
export type FuturePlanTopicStatus = z.infer<typeof FuturePlanTopicStatus>;

/** Who takes care of a topic: the youth, the helper she chose, the coordinator or a parent. */
export const FuturePlanTopicOwner = z.enum(['youth', 'helper', 'coordinator', 'parent']);
export type FuturePlanTopicOwner = z.infer<typeof FuturePlanTopicOwner>;

export const FuturePlanHelperKind = z.enum(['network', 'jim_mentor', 'professional']);
export type FuturePlanHelperKind = z.infer<typeof FuturePlanHelperKind>;

const Words = z.object({ nl: z.string(), en: z.string() });

export interface FuturePlanTopicDefinition {
  key: string;
  title: { nl: string; en: string };
  explanation: { nl: string; en: string };
  /** Due this many months before the 18th birthday (0: on the birthday). */
  monthsBefore18: number;
}

/** Start age of a toekomstplan (months), unless the tenant sets another: 16½. */
export const DEFAULT_FUTURE_PLAN_START_MONTHS = 198;
/** The coordinator's alerts, at these ages (months), for topics not done. */
export const FUTURE_PLAN_ALERT_MONTHS = { at17: 204, at17Half: 210 } as const;

export const FUTURE_PLAN_TOPICS: readonly FuturePlanTopicDefinition[] = [
  {
    key: 'health_insurance',
    title: { nl: 'Zorgverzekering', en: 'Health insurance' },
    explanation: {
      nl: 'Vanaf 18 jaar moet je zelf een zorgverzekering hebben. Kies er een vóór je verjaardag.',
      en: 'From 18 you must have your own health insurance. Choose one before your birthday.',
    },
    monthsBefore18: 0,
  },
  {
    key: 'digid',
    title: { nl: 'DigiD', en: 'DigiD' },
    explanation: {
      nl: 'Met DigiD log je in bij de overheid. Vraag het aan op digid.nl. Het duurt een paar dagen.',
      en: 'With DigiD you log in to government websites. Apply at digid.nl. It takes a few days.',
    },
    monthsBefore18: 3,
  },
  {
    key: 'bank_account',
    title: { nl: 'Bankrekening', en: 'Bank account' },
    explanation: {
      nl: 'Je hebt een eigen bankrekening nodig. Daar komt je geld op, zoals loon of toeslag.',
      en: 'You need your own bank account. Your money goes there, like wages or allowances.',
    },
    monthsBefore18: 2,
  },
  {
    key: 'allowances',
    title: { nl: 'Toeslagen', en: 'Allowances' },
    explanation: {
      nl: 'Je kunt geld krijgen voor je zorgverzekering (zorgtoeslag) en soms voor je huur (huurtoeslag).',
      en: 'You can get money for your health insurance (zorgtoeslag) and sometimes for rent (huurtoeslag).',
    },
    monthsBefore18: 0,
  },
  {
    key: 'income',
    title: { nl: 'Inkomen of studiefinanciering', en: 'Income or student finance' },
    explanation: {
      nl: 'Ga je studeren? Vraag studiefinanciering bij DUO minstens 3 maanden vóór je 18e aan. Werk je? Regel je loon.',
      en: 'Going to study? Apply to DUO for student finance at least 3 months before you turn 18. Working? Arrange your pay.',
    },
    monthsBefore18: 3,
  },
  {
    key: 'housing',
    title: { nl: 'Wonen', en: 'Housing' },
    explanation: {
      nl: 'Waar ga je wonen na je 18e? Schrijf je op tijd in voor een huis. Dat kan lang duren.',
      en: 'Where will you live after 18? Sign up for a home in time. It can take a long time.',
    },
    monthsBefore18: 6,
  },
  {
    key: 'school_or_work',
    title: { nl: 'School of werk', en: 'School or work' },
    explanation: {
      nl: 'Wat ga je doen na je 18e: leren, werken of allebei? Maak samen een plan.',
      en: 'What will you do after 18: learn, work or both? Make a plan together.',
    },
    monthsBefore18: 4,
  },
  {
    key: 'care_after_18',
    title: { nl: 'Hulp na je 18e', en: 'Help after 18' },
    explanation: {
      nl: 'Heb je na je 18e nog hulp nodig? Jeugdhulp kan soms door tot je 23e. Of andere hulp neemt het over.',
      en: 'Do you still need help after 18? Youth care can sometimes go on until 23. Or other help takes over.',
    },
    monthsBefore18: 6,
  },
  {
    key: 'money_and_debts',
    title: { nl: 'Geld en schulden', en: 'Money and debts' },
    explanation: {
      nl: 'Leer hoe je je geld bijhoudt. Heb je schulden? Vraag op tijd om hulp.',
      en: 'Learn how to keep track of your money. Do you have debts? Ask for help in time.',
    },
    monthsBefore18: 2,
  },
  {
    key: 'free_time_and_friends',
    title: { nl: 'Vrije tijd en vrienden', en: 'Free time and friends' },
    explanation: {
      nl: 'Wat doe je graag? Met wie ga je om? Dat helpt je om je goed te voelen.',
      en: 'What do you like to do? Who do you spend time with? That helps you feel good.',
    },
    monthsBefore18: 0,
  },
  {
    key: 'network_after_18',
    title: { nl: 'Je mensen na je 18e', en: 'Your people after 18' },
    explanation: {
      nl: 'Wie helpt je na je 18e als je ergens mee zit? Spreek af wie je kunt bellen.',
      en: 'Who helps you after 18 when something is wrong? Agree who you can call.',
    },
    monthsBefore18: 1,
  },
];

export const FuturePlanTopic = z.object({
  key: z.string(),
  title: Words,
  explanation: Words,
  status: FuturePlanTopicStatus,
  owner: FuturePlanTopicOwner,
  dueDate: z.iso.date(),
  overdue: z.boolean(),
  /** Added by the tenant (not one of the standard topics). */
  custom: z.boolean(),
  /**
   * False for a tenant topic the administrator no longer uses: it stays only in plans that already
   * hold an answer for it, shown read-only and never overdue (decision 0026).
   */
  active: z.boolean(),
});
export type FuturePlanTopic = z.infer<typeof FuturePlanTopic>;

export const FuturePlanHelper = z.object({
  kind: FuturePlanHelperKind,
  /** Network member id (network, JIM mentor) or user id (professional). */
  ref: z.string(),
  name: z.string(),
});
export type FuturePlanHelper = z.infer<typeof FuturePlanHelper>;

export const ContinuityDecisionKind = z.enum([
  'extended_youth_care',
  'handover_adult_care',
  'no_care_needed',
]);
export type ContinuityDecisionKind = z.infer<typeof ContinuityDecisionKind>;
export const ExtendedCareType = z.enum(['foster_care', 'residential', 'ambulatory']);
export type ExtendedCareType = z.infer<typeof ExtendedCareType>;
/** Who takes over adult care: the municipality (Wmo), the health insurer (Zvw) or long-term care (Wlz). */
export const AdultCareLaw = z.enum(['wmo', 'zvw', 'wlz']);
export type AdultCareLaw = z.infer<typeof AdultCareLaw>;

export const ContinuityDecision = z.object({
  decision: ContinuityDecisionKind,
  careType: ExtendedCareType.nullable(),
  /** Extended youth care: until this day (default the 21st birthday for foster care, at most the 23rd). */
  until: z.iso.date().nullable(),
  handoverTo: z.array(AdultCareLaw),
  note: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.iso.datetime(),
});
export type ContinuityDecision = z.infer<typeof ContinuityDecision>;

export const ContinuityDecisionInput = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('extended_youth_care'),
    careType: ExtendedCareType,
    until: z.iso.date().optional(),
    note: z.string().trim().max(2000).optional(),
    version: z.number().int().positive(),
  }),
  z.object({
    decision: z.literal('handover_adult_care'),
    handoverTo: z.array(AdultCareLaw).min(1).max(3),
    note: z.string().trim().max(2000).optional(),
    version: z.number().int().positive(),
  }),
  z.object({
    decision: z.literal('no_care_needed'),
    note: z.string().trim().max(2000).optional(),
    version: z.number().int().positive(),
  }),
]);
export type ContinuityDecisionInput = z.infer<typeof ContinuityDecisionInput>;

export const FuturePlan = z.object({
  id: z.string(),
  householdId: z.string(),
  youthPersonId: z.string(),
  youthFirstName: z.string(),
  startedOn: z.iso.date(),
  eighteenthBirthday: z.iso.date(),
  /** Days until the 18th birthday (negative once passed): the countdown. */
  daysUntil18: z.number().int(),
  helper: FuturePlanHelper.nullable(),
  topics: z.array(FuturePlanTopic),
  continuity: ContinuityDecision.nullable(),
  /** What the reader may do here (the page shows only those controls). */
  may: z.object({ chooseHelper: z.boolean(), updateTopics: z.boolean(), decideContinuity: z.boolean() }),
  version: z.number().int(),
});
export type FuturePlan = z.infer<typeof FuturePlan>;

export const FuturePlanList = z.object({ plans: z.array(FuturePlan) });
export type FuturePlanList = z.infer<typeof FuturePlanList>;

export const FuturePlanHelperOptions = z.object({ options: z.array(FuturePlanHelper) });
export type FuturePlanHelperOptions = z.infer<typeof FuturePlanHelperOptions>;

export const FuturePlanHelperInput = z.object({
  kind: FuturePlanHelperKind,
  ref: z.string().min(1).max(64),
  version: z.number().int().positive(),
});
export type FuturePlanHelperInput = z.infer<typeof FuturePlanHelperInput>;

export const FuturePlanTopicUpdate = z.object({
  status: FuturePlanTopicStatus,
  owner: FuturePlanTopicOwner.optional(),
  version: z.number().int().positive(),
});
export type FuturePlanTopicUpdate = z.infer<typeof FuturePlanTopicUpdate>;

export const FuturePlanSettings = z.object({
  /** Age in months at which the toekomstplan starts (default 198 = 16½). */
  startAgeMonths: z.number().int().min(144).max(210),
  customTopics: z.array(
    z.object({
      key: z.string(),
      title: Words,
      explanation: Words,
      monthsBefore18: z.number().int(),
      /** Offered to new plans; a deactivated topic is not (decision 0026). */
      active: z.boolean(),
      deactivatedAt: z.iso.datetime().nullable(),
    }),
  ),
  /** Every topic's key, standard and own (deactivated ones too), in the order plans show them. */
  topicOrder: z.array(z.string()),
});
export type FuturePlanSettings = z.infer<typeof FuturePlanSettings>;

export const FuturePlanSettingsInput = z.object({
  startAgeMonths: z.number().int().min(144).max(210),
});

const Text = z.string().trim().min(1);
/** What the administrator may change of a tenant topic; its key stays, plans refer to it. */
export const FuturePlanCustomTopicUpdate = z.object({
  title: z.object({ nl: Text.max(80), en: Text.max(80) }),
  explanation: z.object({ nl: Text.max(400), en: Text.max(400) }),
  monthsBefore18: z.number().int().min(0).max(18),
});
export type FuturePlanCustomTopicUpdate = z.infer<typeof FuturePlanCustomTopicUpdate>;

export const FuturePlanCustomTopicInput = FuturePlanCustomTopicUpdate.extend({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/)
    .refine((k) => !FUTURE_PLAN_TOPICS.some((t) => t.key === k), { message: 'standard topic key' }),
});
export type FuturePlanCustomTopicInput = z.infer<typeof FuturePlanCustomTopicInput>;

/**
 * The administrator's order of all the tenant's topics, standard and own: every key once, first to
 * last (a key twice is refused here, an unknown key or a missing one by the server).
 */
export const FuturePlanTopicOrderInput = z.object({
  keys: z
    .array(z.string().min(1).max(40))
    .min(1)
    .max(150)
    .refine((keys) => new Set(keys).size === keys.length, { message: 'a topic key occurs twice' }),
});
export type FuturePlanTopicOrderInput = z.infer<typeof FuturePlanTopicOrderInput>;
