import type { AccessActivity, AccessTopic, AccessVerb } from '@een-plan/contracts';

const a = (verb: AccessVerb, topic: AccessTopic): AccessActivity => ({ verb, topic });

/**
 * Every audit action that can be written about a household, as an activity the family's access
 * log says in words ("bekeek uw gezinsplan"). A test scans the server for audit codes and fails on
 * one that is in neither this map nor NOT_ABOUT_A_HOUSEHOLD, so a new code cannot show raw.
 */
export const ACCESS_ACTIVITIES: Readonly<Record<string, AccessActivity>> = {
  'household.read': a('viewed', 'household'),
  'household.summary': a('viewed', 'household'),
  'household.dossier': a('viewed', 'household'),
  'household.members': a('viewed', 'members'),
  'household.network': a('viewed', 'network'),
  'household.write': a('changed', 'household'),
  'household.member.write': a('changed', 'members'),
  'household.close': a('changed', 'household'),
  'household.reopen': a('changed', 'household'),
  'household.list': a('listed', 'household'),
  'household.list_shared': a('listed', 'household'),
  'household.search': a('searched', 'household'),
  'household.lookup': a('searched', 'household'),
  'route.access': a('opened', 'household'),
  'plan.read': a('viewed', 'plan'),
  'plan.read_shared': a('viewed', 'plan'),
  'plan.diff': a('viewed', 'plan'),
  'plan.versions': a('viewed', 'plan'),
  'plan.version.read': a('viewed', 'plan'),
  'plan.owner_options': a('viewed', 'plan'),
  'plan.pdf': a('downloaded', 'plan'),
  'plan.create': a('added', 'plan'),
  'plan.edit': a('changed', 'plan'),
  'plan.update': a('changed', 'plan'),
  'plan.propose': a('changed', 'plan'),
  'plan.comment': a('added', 'plan'),
  'plan.evaluate': a('changed', 'plan'),
  'plan.action_status': a('changed', 'plan'),
  'plan.transition': a('changed', 'plan'),
  'plan.action_progress': a('changed', 'plan'),
  'plan.closure_read': a('viewed', 'plan'),
  'plan.close': a('changed', 'plan'),
  'plan.agree': a('agreed', 'plan'),
  'plan.record_agreement': a('agreed', 'plan'),
  'plan.decide_proposal': a('decided', 'plan'),
  'intake.read': a('viewed', 'intake'),
  'intake.read_shared': a('viewed', 'intake'),
  'intake.preparation': a('viewed', 'intake'),
  'intake.write': a('changed', 'intake'),
  'preparation.read': a('viewed', 'intake'),
  'preparation.write': a('changed', 'intake'),
  'self_reliance.read': a('viewed', 'self_reliance'),
  'network.suggest': a('viewed', 'network'),
  'network.write': a('changed', 'network'),
  'consent.list': a('viewed', 'consents'),
  'consent.grant': a('added', 'consents'),
  'consent.cosign': a('added', 'consents'),
  'consent.revoke': a('revoked', 'consents'),
  'assignment.list': a('viewed', 'care'),
  'assignment.read': a('viewed', 'care'),
  'assignment.create': a('added', 'care'),
  'assignment.approve': a('decided', 'care'),
  'assignment.decision_letter': a('downloaded', 'care'),
  'assignment.start': a('changed', 'care'),
  'assignment.stop': a('changed', 'care'),
  'assignment.withdraw': a('changed', 'care'),
  'assignment_request.list': a('viewed', 'care'),
  'assignment_request.read': a('viewed', 'care'),
  'assignment_request.submit': a('added', 'care'),
  'assignment_request.decide': a('decided', 'care'),
  'request.read': a('viewed', 'care'),
  'request.decide': a('decided', 'care'),
  'declaration.read': a('viewed', 'care'),
  'declaration.submit': a('added', 'care'),
  'ijw_message.list': a('viewed', 'care'),
  'ijw_message.read': a('viewed', 'care'),
  'ijw_message.receive': a('added', 'care'),
  'referral.list': a('viewed', 'signal'),
  'referral.read': a('viewed', 'signal'),
  'referral.summary': a('viewed', 'signal'),
  'referral.status_read': a('viewed', 'signal'),
  'referral.waiting_time': a('viewed', 'signal'),
  'referral.create': a('added', 'signal'),
  'referral.triage': a('decided', 'signal'),
  'referral.first_contact': a('changed', 'signal'),
  'referral.status': a('changed', 'signal'),
  'referral.reminder': a('changed', 'signal'),
  'break_glass.open': a('opened', 'break_glass'),
  'break_glass.lookup': a('searched', 'break_glass'),
  'break_glass.review': a('decided', 'break_glass'),
  'break_glass.mine': a('viewed', 'break_glass'),
  'break_glass.review_queue': a('viewed', 'break_glass'),
  'access_log.read': a('viewed', 'access_log'),
  'household.coordinator_change': a('changed', 'household'),
  'rights.list': a('viewed', 'rights'),
  'rights.worklist': a('listed', 'rights'),
  'rights.request.create': a('added', 'rights'),
  'rights.objection.create': a('added', 'rights'),
  'rights.complaint.create': a('added', 'rights'),
  'rights.second_opinion.create': a('added', 'rights'),
  'rights.coordinator_change.create': a('added', 'rights'),
  'rights.request.postpone': a('changed', 'rights'),
  'rights.objection.postpone': a('changed', 'rights'),
  'rights.postpone': a('changed', 'rights'),
  'rights.objection.hearing': a('changed', 'rights'),
  'rights.complaint.acknowledge': a('changed', 'rights'),
  decide: a('decided', 'rights'),
  'rights.request.decide': a('decided', 'rights'),
  'rights.objection.decide': a('decided', 'rights'),
  'rights.complaint.decide': a('decided', 'rights'),
  'rights.second_opinion.decide': a('decided', 'rights'),
  'rights.coordinator_change.decide': a('decided', 'rights'),
  'right_of_access.export': a('downloaded', 'all_data'),
  'rights.decide': a('decided', 'rights'),
  'crisis_episode.read': a('viewed', 'care'),
  'crisis_episode.list': a('listed', 'care'),
  'crisis_episode.create': a('added', 'care'),
  'crisis_episode.handover_confirmed': a('changed', 'care'),
  'crisis_episode.placement_draft': a('viewed', 'care'),
  'crisis_episode.placement': a('added', 'care'),
  'protection_measure.register': a('added', 'care'),
  'protection_measure.extend': a('changed', 'care'),
  'protection_measure.placement': a('changed', 'care'),
  'protection_measure.end': a('changed', 'care'),
  'protection_measure.read': a('viewed', 'care'),
  'protection_measure.list': a('listed', 'care'),
  'placement.reserve': a('added', 'care'),
  'placement.reservation_expire': a('changed', 'care'),
  'placement.reservations_read': a('viewed', 'care'),
  'placement.reservation_confirm': a('decided', 'care'),
  'placement.reservation_decline': a('decided', 'care'),
  'placement.search_closed': a('searched', 'care'),
  'household.future_plan': a('viewed', 'plan'),
  'future_plan.read': a('viewed', 'plan'),
  'future_plan.helper_options_read': a('viewed', 'plan'),
  'future_plan.started': a('added', 'plan'),
  'future_plan.choose_helper': a('changed', 'plan'),
  'future_plan.helper_chosen': a('changed', 'plan'),
  'future_plan.update_topic': a('changed', 'plan'),
  'future_plan.topic_updated': a('changed', 'plan'),
  'future_plan.decide_continuity': a('decided', 'plan'),
  'future_plan.continuity_decided': a('decided', 'plan'),
  'retention.erasure_requested': a('added', 'all_data'),
  'retention.erasure_refused': a('decided', 'all_data'),
  'retention.dry_run': a('viewed', 'all_data'),
  'retention.destroy': a('decided', 'all_data'),
  'retention.dossier_destroyed': a('other', 'all_data'),
};

/**
 * Audit codes of the meldcode and Veilig Thuis: never shown in the family's own access log, because
 * a track may concern a person in the household (the alleged perpetrator) whom telling would warn —
 * the same ground on which a break-glass access may be withheld. The supervisory route (the data
 * protection officer, `audit:verify`) still sees every row.
 */
export const WITHHELD_FROM_FAMILY: ReadonlySet<string> = new Set(['meldcode', 'veilig_thuis']);

/** Whether an audit code is withheld from the family's log (by its namespace, the part before the dot). */
export function isWithheldFromFamily(action: string): boolean {
  return WITHHELD_FROM_FAMILY.has(action.split('.')[0] ?? '');
}

/**
 * Audit codes that are never written about a household (log-ins, settings, the social map, code
 * lists): they cannot reach the family's log.
 */
export const NOT_ABOUT_A_HOUSEHOLD: ReadonlySet<string> = new Set([
  'crisis_settings.update',
  'placement_settings.update',
  'placement.publish',
  'placement.update',
  'placement.confirm',
  'future_plan.settings_changed',
  'future_plan.topic_added',
  'satisfaction.answer',
  'retention.due_listed',
  'retention.term_saved',
  'api_client',
  'area.import_applied',
  'area.import_started',
  'area.save',
  'assignment_settings.update',
  'audit.chain_verified',
  'auth.account_locked',
  'auth.login',
  'auth.login_failed',
  'auth.login_refused_locked',
  'auth.logout',
  'contract.create',
  'notification_settings.save',
  'provider.create',
  'referral_settings.save',
  'rights_settings.save',
  'social_offer.create',
  'social_offer.update',
  'tenant_theme.reset',
  'tenant_theme.save',
]);

const TOPIC_BY_PREFIX: Readonly<Record<string, AccessTopic>> = {
  household: 'household',
  plan: 'plan',
  intake: 'intake',
  preparation: 'intake',
  self_reliance: 'self_reliance',
  network: 'network',
  consent: 'consents',
  assignment: 'care',
  assignment_request: 'care',
  request: 'care',
  declaration: 'care',
  ijw_message: 'care',
  referral: 'signal',
  break_glass: 'break_glass',
  rights: 'rights',
};

/**
 * The activity of an audit code. A code not (yet) in the map still gets words, never the code:
 * its topic from the part before the dot, "viewed" for a read and "other" otherwise.
 */
export function activityOf(action: string): AccessActivity {
  const known = ACCESS_ACTIVITIES[action];
  if (known) return known;
  const [prefix = ''] = action.split('.');
  const topic = TOPIC_BY_PREFIX[prefix] ?? 'other';
  return a(/\.(read|list)/.test(action) ? 'viewed' : 'other', topic);
}
