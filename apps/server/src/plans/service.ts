/**
 * The family plan's operations, one file per responsibility; this index keeps the module's
 * public names in one place for the routes and for other modules.
 */

export { authorizePlan } from './access.ts';
export { agreeToPlan } from './agreement.ts';
export {
  type CurrentPlanFacts,
  countOpenActions,
  currentPlanOf,
  findNextEvaluationDates,
} from './caseload-queries.ts';
export { checkVersion, requirePlan } from './current-plan.ts';
export { createPlan, setActionStatus, updatePlanContent } from './edit.ts';
export { recordEvaluation, selfRelianceTrend } from './evaluation.ts';
export { openPlanForHandover } from './handover.ts';
export { ownerOptions } from './owner-options.ts';
export { commentOnPlan, decideProposal, proposeToPlan } from './participation.ts';
export { pdfData } from './pdf-data.ts';
export { getPlan } from './read.ts';
export { transitionPlan } from './transition.ts';
export { diffVersions, getVersion, listVersions } from './versions.ts';
