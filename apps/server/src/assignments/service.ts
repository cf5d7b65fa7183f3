/**
 * The assignments module's core operations, one file per responsibility; this index keeps the
 * names other files and modules import in one place.
 */
export { createAssignment, decideApproval, nextAssignmentNumber } from './assign.ts';
export { listHouseholdAssignments, listProviderAssignments } from './assignment-list.ts';
export { lockAssignment } from './assignment-row.ts';
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
export { productOf, reportStart, reportStop } from './provider-reports.ts';
