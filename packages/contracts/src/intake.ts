import { z } from 'zod';
import { NetworkMember } from './network.ts';

/** The 13 life domains of ref_life_domain (ZRM-style). */
export const LifeDomainCode = z.enum([
  'finances',
  'work_education',
  'daytime_activities',
  'housing',
  'family_relations',
  'mental_health',
  'physical_health',
  'addiction',
  'daily_living',
  'social_network',
  'participation',
  'justice',
  'parenting_development',
]);
export type LifeDomainCode = z.infer<typeof LifeDomainCode>;

export const IntakeLifeDomain = z.object({ code: LifeDomainCode, nameNl: z.string(), nameEn: z.string() });

const FreeText = z.string().trim().max(4000);

export const IntakeDomainNotes = z.object({
  domainCode: LifeDomainCode,
  goesWell: FreeText,
  worries: FreeText,
  wishes: FreeText,
});
export type IntakeDomainNotes = z.infer<typeof IntakeDomainNotes>;

/** 1 acute problems … 5 fully self-reliant. */
export const SelfRelianceScoreInput = z.object({
  personId: z.string().min(1).max(64),
  domainCode: LifeDomainCode,
  score: z.number().int().min(1).max(5),
});
export type SelfRelianceScoreInput = z.infer<typeof SelfRelianceScoreInput>;

export const SelfRelianceSource = z.enum(['intake', 'evaluation']);
export type SelfRelianceSource = z.infer<typeof SelfRelianceSource>;

export const SelfRelianceScore = SelfRelianceScoreInput.extend({
  measuredOn: z.string(),
  source: SelfRelianceSource,
  sourceId: z.string(),
});
export type SelfRelianceScore = z.infer<typeof SelfRelianceScore>;

export const SelfRelianceList = z.object({ scores: z.array(SelfRelianceScore) });
export type SelfRelianceList = z.infer<typeof SelfRelianceList>;

/** A short safety screening; null = not asked yet. Any yes raises the household's safety flag. */
export const SafetyScreening = z.object({
  unsafeAtHome: z.boolean().nullable(),
  violence: z.boolean().nullable(),
  childConcern: z.boolean().nullable(),
});
export type SafetyScreening = z.infer<typeof SafetyScreening>;

export const IntakeStatus = z.enum(['draft', 'completed']);
export type IntakeStatus = z.infer<typeof IntakeStatus>;

export const Intake = z.object({
  /** 0 while nothing has been saved yet. */
  version: z.number().int().min(0),
  status: IntakeStatus,
  conductedOn: z.string().nullable(),
  domains: z.array(IntakeDomainNotes),
  safety: SafetyScreening,
  safetyFlag: z.boolean(),
  scores: z.array(SelfRelianceScoreInput),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type Intake = z.infer<typeof Intake>;

export const SaveIntakeRequest = z.object({
  version: z.number().int().min(0),
  status: IntakeStatus,
  conductedOn: z.iso.date().nullable(),
  domains: z.array(IntakeDomainNotes).max(13),
  safety: SafetyScreening,
  scores: z.array(SelfRelianceScoreInput).max(13 * 20),
});
export type SaveIntakeRequest = z.infer<typeof SaveIntakeRequest>;

export const Preparation = z.object({
  goesWell: z.string(),
  worries: z.string(),
  wishes: z.string(),
  /** 0 while the family has not written anything yet. */
  version: z.number().int().min(0),
  updatedAt: z.string().nullable(),
});
export type Preparation = z.infer<typeof Preparation>;

export const SavePreparationRequest = z.object({
  version: z.number().int().min(0),
  goesWell: FreeText,
  worries: FreeText,
  wishes: FreeText,
});
export type SavePreparationRequest = z.infer<typeof SavePreparationRequest>;

export const IntakeMember = z.object({
  personId: z.string(),
  firstName: z.string(),
  role: z.string(),
  age: z.number().int(),
});

/** Everything the coordinator's intake page needs. */
export const IntakeView = z.object({
  householdId: z.string(),
  householdName: z.string(),
  members: z.array(IntakeMember),
  domains: z.array(IntakeLifeDomain),
  preparation: Preparation,
  suggestions: z.array(NetworkMember),
  intake: Intake,
  /** Whether the actor may change the intake and decide on suggestions (not a team lead). */
  canEdit: z.boolean(),
});
export type IntakeView = z.infer<typeof IntakeView>;

/** The resident's own preparation page. */
export const PortalPreparationView = z.object({
  householdName: z.string(),
  preparation: Preparation,
  suggestions: z.array(NetworkMember),
});
export type PortalPreparationView = z.infer<typeof PortalPreparationView>;
