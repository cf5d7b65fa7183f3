/**
 * The assignments module's core operations, one file per responsibility; this index keeps the
 * names other files and modules import in one place.
 */
export { createAssignment, decideApproval, nextAssignmentNumber } from './assign.ts';
export { listHouseholdAssignments, listProviderAssignments } from './assignment-list.ts';
export { checkVersion, lockAssignment } from './assignment-row.ts';
export {
  approvalThresholdCents,
  computeBudgetCents,
  createContract,
  listContracts,
  periodsIn,
} from './contracts.ts';
export { decisionLetterData } from './decision-letter.ts';
export { agbOf, issueAssignment } from './issue.ts';
export { getMessage, listMessages } from './message-log.ts';
export { newMessageId, productOf, reportStart, reportStop } from './provider-reports.ts';
/** Budgets above €10,000 need a team lead's approval unless the tenant configured otherwise. */
export { DEFAULT_APPROVAL_THRESHOLD_CENTS } from './settings.ts';
