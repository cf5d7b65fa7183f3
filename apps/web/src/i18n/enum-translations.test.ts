import {
  AdultCareLaw,
  AssignmentRequestKind,
  AssignmentRequestStatus,
  AssignmentStatus,
  ConsentPurposeCategory,
  ConsentRecordedVia,
  ConsentSection,
  ConsentStatus,
  ContinuityDecisionKind,
  DeclarationStatus,
  ExecutionVariant,
  ExtendedCareType,
  FuturePlanHelperKind,
  FuturePlanTopicOwner,
  FuturePlanTopicStatus,
  IjwFrequency,
  IjwMessageStatus,
  IjwReferrerType,
  IjwRefusalReason,
  IjwStopReason,
  IjwUnit,
  ImportStatus,
  LifeDomainCode,
  NetworkMemberStatus,
  NetworkRelation,
  PlanActionOwnerKind,
  PlanActionStatus,
  PlanGoalResult,
  PlanPriority,
  PlanState,
  ReferralQueueFilter,
  ReferralStatus,
  ReferralUrgency,
  Role,
  SelfRelianceSource,
  TaskKind,
} from '@een-plan/contracts';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { consentEn } from './consent.en.ts';
import { consentNl } from './consent.nl.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

/**
 * Every value of a contract enum that the UI shows as words, with the translation key it is shown
 * under (`t(\`${key}.${value}\`)`). A new value in a contract without words in both languages
 * fails here, before a page shows it raw (as `delivered_locally` once did on Berichten).
 */
const shown: Array<[z.ZodEnum, string, 'translation' | 'consent']> = [
  [AssignmentStatus, 'assignments.status', 'translation'],
  [IjwMessageStatus, 'assignments.messages.statuses', 'translation'],
  [IjwUnit, 'assignments.units', 'translation'],
  [IjwFrequency, 'assignments.frequencies', 'translation'],
  [IjwReferrerType, 'assignments.referrers', 'translation'],
  [IjwStopReason, 'assignments.stopReasons', 'translation'],
  [ExecutionVariant, 'contractsAdmin.variants', 'translation'],
  [AssignmentRequestStatus, 'requests.status', 'translation'],
  [AssignmentRequestKind, 'requests.kinds', 'translation'],
  [IjwRefusalReason, 'requests.refusalReasons', 'translation'],
  [DeclarationStatus, 'declarations.history.status', 'translation'],
  [ImportStatus, 'areasAdmin.status', 'translation'],
  [LifeDomainCode, 'lifeDomain', 'translation'],
  [LifeDomainCode, 'lifeDomainPlain', 'translation'],
  [NetworkRelation, 'dossier.relations', 'translation'],
  [NetworkMemberStatus, 'dossier.networkStatus', 'translation'],
  [PlanState, 'plans.state', 'translation'],
  [PlanPriority, 'plans.priority', 'translation'],
  [PlanActionStatus, 'plans.actionStatus', 'translation'],
  [PlanActionOwnerKind, 'plans.ownerKind', 'translation'],
  [PlanGoalResult, 'plans.result', 'translation'],
  [SelfRelianceSource, 'plans.trend.sources', 'translation'],
  [ReferralStatus, 'referralStatus', 'translation'],
  [ReferralUrgency, 'urgency', 'translation'],
  [ReferralQueueFilter, 'triage.filters', 'translation'],
  [Role, 'roles', 'translation'],
  [FuturePlanTopicStatus, 'futurePlan.status', 'translation'],
  [FuturePlanTopicOwner, 'futurePlan.owner', 'translation'],
  [FuturePlanHelperKind, 'futurePlan.portal.helperKind', 'translation'],
  [ContinuityDecisionKind, 'futurePlan.continuity', 'translation'],
  [ExtendedCareType, 'futurePlan.careType', 'translation'],
  [AdultCareLaw, 'futurePlan.law', 'translation'],
  [TaskKind, 'tasks.kind', 'translation'],
  [ConsentStatus, 'consent.statuses', 'consent'],
  [ConsentSection, 'consent.sections', 'consent'],
  [ConsentPurposeCategory, 'consent.purposes', 'consent'],
  [ConsentRecordedVia, 'consent.via', 'consent'],
];

const bundles = {
  nl: { translation: nl, consent: consentNl },
  en: { translation: en, consent: consentEn },
};

function textAt(tree: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('every contract status the UI shows has words in Dutch and English', () => {
  for (const [schema, key, namespace] of shown) {
    it(`${namespace}:${key}`, () => {
      for (const [language, bundle] of Object.entries(bundles)) {
        for (const value of schema.options) {
          const text = textAt(bundle[namespace], `${key}.${String(value)}`);
          expect(
            typeof text === 'string' && text.trim().length > 0,
            `${language} ${key}.${String(value)}`,
          ).toBe(true);
          // Words, not the code again (a code like "01" is not a translation either).
          expect(text, `${language} ${key}.${String(value)}`).not.toBe(String(value));
        }
      }
    });
  }
});
