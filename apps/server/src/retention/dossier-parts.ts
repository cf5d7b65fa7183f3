/**
 * What a destruction removes, in the administrator's words: the destroyers count rows per table
 * (`plan_goal`, `meldcode_entry`, …); the dry run shows parts of a dossier instead ("family plan,
 * 3 versions"). Each part names the table whose count it shows; the other tables of the part go
 * with it. A table no part claims lands in 'other' (a test keeps that list empty).
 */
import type { DossierPart, DossierPartKind } from '@een-plan/contracts';

interface PartRule {
  /** The table whose row count the part shows ("3 versions"). */
  counted: string;
  tables: readonly string[];
}

const DOSSIER_PARTS: Readonly<Record<Exclude<DossierPartKind, 'other'>, PartRule>> = {
  household: {
    counted: 'person',
    tables: ['household', 'household_member', 'person', 'resident_account_retired'],
  },
  network: { counted: 'network_member', tables: ['network_member'] },
  intake: {
    counted: 'intake',
    tables: ['intake', 'intake_domain', 'self_reliance_score', 'intake_preparation'],
  },
  family_plan: {
    counted: 'plan_version',
    tables: [
      'plan',
      'plan_version',
      'plan_version_redaction',
      'plan_goal',
      'plan_action',
      'plan_agreement',
      'plan_proposal',
      'plan_comment',
      'plan_evaluation',
      'plan_follow_up',
      'plan_safety',
      'plan_safety_check_done',
      'plan_safety_score',
    ],
  },
  future_plan: { counted: 'future_plan_topic', tables: ['future_plan', 'future_plan_topic'] },
  referrals: { counted: 'referral', tables: ['referral', 'referral_reminder'] },
  assignments: {
    counted: 'assignment',
    tables: ['assignment', 'assignment_request', 'declaration_line', 'ijw_message'],
  },
  placements: { counted: 'placement_reservation', tables: ['placement_reservation'] },
  consent: { counted: 'consent', tables: ['consent', 'break_glass'] },
  meldcode: { counted: 'meldcode_track', tables: ['meldcode_track', 'meldcode_entry'] },
  veilig_thuis: { counted: 'veilig_thuis_report', tables: ['veilig_thuis_report', 'veilig_thuis_triage'] },
  raad: { counted: 'raad_request', tables: ['raad_request', 'raad_answer'] },
  protection: {
    counted: 'protection_measure',
    tables: ['protection_measure', 'protection_measure_extension'],
  },
  crisis: { counted: 'crisis_episode', tables: ['crisis_episode'] },
  rights: { counted: 'rights_case', tables: ['rights_case', 'rights_letter'] },
  tasks: { counted: 'task', tables: ['task', 'notification'] },
};

const PART_OF = new Map<string, Exclude<DossierPartKind, 'other'>>(
  Object.entries(DOSSIER_PARTS).flatMap(([part, rule]) =>
    rule.tables.map((table) => [table, part as Exclude<DossierPartKind, 'other'>] as const),
  ),
);

/** Tables in the counts that no part claims (should be none). */
export const unclaimedTables = (counts: Record<string, number>) =>
  Object.keys(counts).filter((table) => !PART_OF.has(table));

/**
 * Row counts per table → the dossier's parts, in a fixed order. `count` is the counted table's
 * rows, `records` all rows of the part; parts with no rows are left out.
 */
export function dossierParts(counts: Record<string, number>): DossierPart[] {
  const parts: DossierPart[] = [];
  for (const [part, rule] of Object.entries(DOSSIER_PARTS)) {
    const records = rule.tables.reduce((sum, table) => sum + (counts[table] ?? 0), 0);
    if (records > 0) parts.push({ part: part as DossierPartKind, count: counts[rule.counted] ?? 0, records });
  }
  const other = unclaimedTables(counts).reduce((sum, table) => sum + (counts[table] ?? 0), 0);
  if (other > 0) parts.push({ part: 'other', count: other, records: other });
  return parts;
}
