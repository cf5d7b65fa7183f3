/**
 * The meldcode (Meldcode huiselijk geweld en kindermishandeling, 2019 afwegingskader), reports to
 * Veilig Thuis and requests to the Raad voor de Kinderbescherming.
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

/** One afwegingskader question: yes/no with the professional's reason. */
export const AfwegingAnswer = z.object({ answer: z.boolean(), reason: text(2000) });
export type AfwegingAnswer = z.infer<typeof AfwegingAnswer>;

/**
 * The five questions (2019): 1 suspicion, 2 acute or structural unsafety, 3 can I offer or organise
 * effective help, 4 do those involved accept it, 5 does the help give the desired result in time.
 * Later questions stay empty until the earlier ones lead there.
 */
export const AfwegingAnswers = z.object({
  q1Suspicion: AfwegingAnswer.optional(),
  q2AcuteOrStructural: AfwegingAnswer.optional(),
  q3CanOfferHelp: AfwegingAnswer.optional(),
  q4HelpAccepted: AfwegingAnswer.optional(),
  q5ResultInTime: AfwegingAnswer.optional(),
});
export type AfwegingAnswers = z.infer<typeof AfwegingAnswers>;

/** What the answers lead to (derived, never entered). */
export const MeldcodeOutcome = z.enum([
  /** A question still needs an answer before anything follows. */
  'undetermined',
  /** Q1 no: close the track and record it. */
  'close_no_suspicion',
  /** Q2 yes, or Q3/Q4/Q5 no: the professional must report to Veilig Thuis. */
  'report',
  /** Q3 and Q4 yes, Q5 not yet known: offer or organise the help and follow it. */
  'offer_help',
  /** Q5 yes: close with follow-up agreements. */
  'close_with_follow_up',
]);
export type MeldcodeOutcome = z.infer<typeof MeldcodeOutcome>;

export const AfwegingQuestion = z.enum([
  'q1Suspicion',
  'q2AcuteOrStructural',
  'q3CanOfferHelp',
  'q4HelpAccepted',
  'q5ResultInTime',
]);
export type AfwegingQuestion = z.infer<typeof AfwegingQuestion>;

export const ReportingDuty = z.object({
  outcome: MeldcodeOutcome,
  /** Meldplicht: true when the answers oblige a report to Veilig Thuis; null while undetermined. */
  mustReport: z.boolean().nullable(),
  /** The question that decided the outcome, or the one to answer next. */
  decidedBy: AfwegingQuestion.nullable(),
  nextQuestion: AfwegingQuestion.nullable(),
});
export type ReportingDuty = z.infer<typeof ReportingDuty>;

export const MeldcodeStep = z.enum(['signals', 'consultation', 'conversation', 'weighing', 'decision']);
export type MeldcodeStep = z.infer<typeof MeldcodeStep>;

export const ConsultedWith = z.enum(['colleague', 'aandachtsfunctionaris', 'veilig_thuis_advice']);
export type ConsultedWith = z.infer<typeof ConsultedWith>;

export const ConversationNotHeldReason = z.enum(['safety_child', 'safety_professional', 'other']);
export type ConversationNotHeldReason = z.infer<typeof ConversationNotHeldReason>;

export const Severity = z.enum(['low', 'medium', 'high', 'acute']);
export type Severity = z.infer<typeof Severity>;

/** Step 1: what was seen or heard (facts) kept apart from what the professional makes of it. */
export const SignalsContent = z.object({
  step: z.literal('signals'),
  observations: text(5000),
  interpretations: optionalText(5000),
  source: text(500),
  observedOn: z.iso.date(),
});

/** Step 2: with whom, their advice; a Veilig Thuis advice may be asked anonymously. */
export const ConsultationContent = z.object({
  step: z.literal('consultation'),
  consultedWith: ConsultedWith,
  consultantName: optionalText(200),
  anonymous: z.boolean().default(false),
  advice: text(5000),
});

/** Step 3: the conversation with the client, or why it was not held. */
export const ConversationContent = z
  .object({
    step: z.literal('conversation'),
    held: z.boolean(),
    heldOn: z.iso.date().optional(),
    summary: optionalText(5000),
    notHeldReason: ConversationNotHeldReason.optional(),
    notHeldExplanation: optionalText(2000),
  })
  .refine((c) => (c.held ? !!c.summary && !!c.heldOn : !!c.notHeldReason && !!c.notHeldExplanation), {
    message: 'a held conversation needs date and summary; one not held needs the reason',
    path: ['held'],
  });

/** Step 4: risk, nature, severity and the afwegingskader's questions. */
export const WeighingContent = z.object({
  step: z.literal('weighing'),
  risk: text(5000),
  nature: text(2000),
  severity: Severity,
  answers: AfwegingAnswers,
});

/** Step 5: the decision; its outcome is derived from the latest weighing when saved. */
export const DecisionContent = z.object({
  step: z.literal('decision'),
  explanation: text(5000),
});

export const EntryContent = z.union([
  SignalsContent,
  ConsultationContent,
  ConversationContent,
  WeighingContent,
  DecisionContent,
]);
export type EntryContent = z.infer<typeof EntryContent>;

export const AddEntryRequest = z.object({
  content: EntryContent,
  /** A correction: the entry it replaces (same step). The corrected entry stays as it was. */
  correctsEntryId: z.string().min(1).max(64).optional(),
});
export type AddEntryRequest = z.infer<typeof AddEntryRequest>;

export const TrackEntry = z.object({
  id: z.string(),
  seq: z.number().int(),
  step: z.enum(['signals', 'consultation', 'conversation', 'weighing', 'decision', 'visibility', 'closure']),
  /** Decrypted content; for a decision also the derived outcome at the time it was saved. */
  content: z.record(z.string(), z.unknown()),
  correctsEntryId: z.string().nullable(),
  correctedByEntryId: z.string().nullable(),
  recordedBy: z.object({ id: z.string(), name: z.string().nullable() }),
  recordedAt: z.string(),
});
export type TrackEntry = z.infer<typeof TrackEntry>;

export const TrackStatus = z.enum(['open', 'closed']);
export type TrackStatus = z.infer<typeof TrackStatus>;

export const VeiligThuisOutcome = z.enum([
  'hand_over_social_team',
  'hand_over_provider',
  'multidisciplinary',
  'own_investigation',
  'advice_only',
  'close',
]);
export type VeiligThuisOutcome = z.infer<typeof VeiligThuisOutcome>;

export const VeiligThuisReport = z.object({
  id: z.string(),
  trackId: z.string(),
  householdId: z.string(),
  personId: z.string(),
  /** Null for a family member reading a report whose reporter stays anonymous toward the family. */
  reportedBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  anonymousToFamily: z.boolean(),
  reportedAt: z.string(),
  content: z.string(),
  triageDueOn: z.iso.date(),
  triage: z
    .object({
      outcome: VeiligThuisOutcome,
      note: z.string(),
      conditions: z.string(),
      triagedBy: z.string().nullable(),
      triagedAt: z.string(),
    })
    .nullable(),
});
export type VeiligThuisReport = z.infer<typeof VeiligThuisReport>;

export const RaadAnswer = z.enum(['investigation_started', 'declined', 'advice_given']);
export type RaadAnswer = z.infer<typeof RaadAnswer>;

export const RaadGrounds = z.object({
  voluntaryHelpTried: AfwegingAnswer,
  unsafety: AfwegingAnswer,
  noTrustInUpbringing: AfwegingAnswer,
});
export type RaadGrounds = z.infer<typeof RaadGrounds>;

export const RaadRequest = z.object({
  id: z.string(),
  trackId: z.string(),
  requestedBy: z.object({ id: z.string(), name: z.string().nullable() }),
  requestedAt: z.string(),
  grounds: RaadGrounds,
  answer: z
    .object({
      answer: RaadAnswer,
      note: z.string(),
      recordedBy: z.string().nullable(),
      recordedAt: z.string(),
    })
    .nullable(),
});
export type RaadRequest = z.infer<typeof RaadRequest>;

export const TrackSummary = z.object({
  id: z.string(),
  householdId: z.string(),
  personId: z.string(),
  personName: z.string().nullable(),
  status: TrackStatus,
  openedAt: z.string(),
  openedBy: z.object({ id: z.string(), name: z.string().nullable() }),
  outcome: MeldcodeOutcome,
  hasReport: z.boolean(),
});
export type TrackSummary = z.infer<typeof TrackSummary>;

export const TrackView = TrackSummary.extend({
  entries: z.array(TrackEntry),
  duty: ReportingDuty,
  /** Household members the track is hidden from (the alleged perpetrator); professionals only. */
  hiddenFromPersonIds: z.array(z.string()),
  members: z.array(z.object({ personId: z.string(), firstName: z.string() })),
  reports: z.array(VeiligThuisReport),
  raadRequests: z.array(RaadRequest),
  /** What the reader may do here (the buttons the page shows). */
  can: z.object({ write: z.boolean(), report: z.boolean(), escalate: z.boolean() }),
});
export type TrackView = z.infer<typeof TrackView>;

export const TrackList = z.object({ items: z.array(TrackSummary) });
export type TrackList = z.infer<typeof TrackList>;

/** The aandachtsfunctionaris's list: the organisation's open tracks, with the household's name. */
export const OrganisationTrackList = z.object({
  organisationId: z.string(),
  items: z.array(TrackSummary.extend({ householdName: z.string() })),
});
export type OrganisationTrackList = z.infer<typeof OrganisationTrackList>;

/** The organisations whose aandachtsfunctionaris the logged-in user is (empty for most people). */
export const MyDesignations = z.object({ organisationIds: z.array(z.string()) });
export type MyDesignations = z.infer<typeof MyDesignations>;

export const OpenTrackRequest = z.object({ personId: z.string().min(1).max(64) });
export type OpenTrackRequest = z.infer<typeof OpenTrackRequest>;

export const SetVisibilityRequest = z.object({
  hiddenFromPersonIds: z.array(z.string().min(1).max(64)).max(20),
  reason: text(2000),
});
export type SetVisibilityRequest = z.infer<typeof SetVisibilityRequest>;

export const CloseTrackRequest = z.object({
  /** Follow-up agreements (required when closing after help that works) or why it closes. */
  note: text(5000),
});
export type CloseTrackRequest = z.infer<typeof CloseTrackRequest>;

export const ReportRequest = z.object({
  content: text(10000),
  anonymousToFamily: z.boolean().default(false),
});
export type ReportRequest = z.infer<typeof ReportRequest>;

export const VeiligThuisTriageRequest = z.object({
  outcome: VeiligThuisOutcome,
  note: text(5000),
  /** Safety conditions attached to a hand-over (bottom lines for the plan). */
  conditions: optionalText(5000),
});
export type VeiligThuisTriageRequest = z.infer<typeof VeiligThuisTriageRequest>;

/** The outcomes that hand the family over: they create or link the household's plan. */
export const HANDOVER_OUTCOMES: readonly VeiligThuisOutcome[] = [
  'hand_over_social_team',
  'hand_over_provider',
];

export const VeiligThuisTriageResult = z.object({
  id: z.string(),
  /** The plan the hand-over landed in (null when the outcome hands nothing over). */
  planId: z.string().nullable(),
  planCreated: z.boolean(),
});
export type VeiligThuisTriageResult = z.infer<typeof VeiligThuisTriageResult>;

/** Safety conditions (bottom lines) Veilig Thuis attached to a hand-over: what the plan shows. */
export const SafetyCondition = z.object({
  reportId: z.string(),
  outcome: VeiligThuisOutcome,
  conditions: z.string(),
  setBy: z.object({ id: z.string(), name: z.string().nullable() }),
  setAt: z.string(),
  planId: z.string().nullable(),
});
export type SafetyCondition = z.infer<typeof SafetyCondition>;
export const SafetyConditionList = z.object({ items: z.array(SafetyCondition) });
export type SafetyConditionList = z.infer<typeof SafetyConditionList>;

export const VeiligThuisQueueItem = VeiligThuisReport.omit({ content: true }).extend({
  householdName: z.string().nullable(),
  overdue: z.boolean(),
});
export type VeiligThuisQueueItem = z.infer<typeof VeiligThuisQueueItem>;

export const VeiligThuisQueue = z.object({ items: z.array(VeiligThuisQueueItem) });
export type VeiligThuisQueue = z.infer<typeof VeiligThuisQueue>;

export const RaadRequestInput = z.object({ grounds: RaadGrounds });
export type RaadRequestInput = z.infer<typeof RaadRequestInput>;

export const RaadAnswerInput = z.object({ answer: RaadAnswer, note: text(5000) });
export type RaadAnswerInput = z.infer<typeof RaadAnswerInput>;

/** Veilig Thuis triages a report within this many Dutch working days. */
export const VEILIG_THUIS_TRIAGE_WORKING_DAYS = 5;

/**
 * The professional's reporting duty, derived from the afwegingskader's answers exactly as the
 * 2019 meldcode reads: Q1 no → close; Q2 yes → report (3–5 then answered with Veilig Thuis);
 * Q3 no → report; Q4 no → report; Q5 no → report (again); Q5 yes → close with follow-up agreements.
 * A missing answer stops the walk there. Shared by server (closure check) and web (live form).
 */
export function deriveReportingDuty(a: AfwegingAnswers): ReportingDuty {
  const pending = (q: AfwegingQuestion): ReportingDuty => ({
    outcome: 'undetermined',
    mustReport: null,
    decidedBy: null,
    nextQuestion: q,
  });
  const decided = (outcome: MeldcodeOutcome, q: AfwegingQuestion): ReportingDuty => ({
    outcome,
    mustReport: outcome === 'report',
    decidedBy: q,
    nextQuestion: null,
  });
  if (!a.q1Suspicion) return pending('q1Suspicion');
  if (!a.q1Suspicion.answer) return decided('close_no_suspicion', 'q1Suspicion');
  if (!a.q2AcuteOrStructural) return pending('q2AcuteOrStructural');
  if (a.q2AcuteOrStructural.answer) return decided('report', 'q2AcuteOrStructural');
  if (!a.q3CanOfferHelp) return pending('q3CanOfferHelp');
  if (!a.q3CanOfferHelp.answer) return decided('report', 'q3CanOfferHelp');
  if (!a.q4HelpAccepted) return pending('q4HelpAccepted');
  if (!a.q4HelpAccepted.answer) return decided('report', 'q4HelpAccepted');
  if (!a.q5ResultInTime) {
    // Help is offered; whether it works in time is answered later (no report duty now).
    return {
      outcome: 'offer_help',
      mustReport: false,
      decidedBy: 'q4HelpAccepted',
      nextQuestion: 'q5ResultInTime',
    };
  }
  if (!a.q5ResultInTime.answer) return decided('report', 'q5ResultInTime');
  return decided('close_with_follow_up', 'q5ResultInTime');
}

/** Whether a track may close: not while undetermined or helping, and not while a report is owed. */
export function trackMayClose(duty: ReportingDuty, hasReport: boolean): boolean {
  if (duty.outcome === 'report') return hasReport;
  return duty.outcome === 'close_no_suspicion' || duty.outcome === 'close_with_follow_up';
}

/**
 * The administrator's view of aandachtsfunctionarissen: per organisation its professionals who may
 * be designated, each with the moment they were designated (null: not designated).
 */
export const DesignationAdminList = z.object({
  organisations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      people: z.array(
        z.object({
          userId: z.string(),
          displayName: z.string(),
          role: z.string(),
          designatedAt: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type DesignationAdminList = z.infer<typeof DesignationAdminList>;
