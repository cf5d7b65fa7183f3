/**
 * The afwegingskader of the meldcode as a pure derivation: which answers lead to which outcome,
 * whether a report is owed, which question comes next, and when a track may close.
 */
import { type AfwegingAnswers, deriveReportingDuty, trackMayClose } from '@een-plan/contracts';
import { describe, expect, it } from 'vitest';
import { no, yes } from './helpers/safety-tracks.ts';

describe('the afwegingskader (pure derivation)', () => {
  const cases: Array<[string, AfwegingAnswers, string, boolean | null, string | null]> = [
    ['nothing answered', {}, 'undetermined', null, 'q1Suspicion'],
    ['Q1 no: close', { q1Suspicion: no() }, 'close_no_suspicion', false, null],
    ['Q1 yes, Q2 open', { q1Suspicion: yes() }, 'undetermined', null, 'q2AcuteOrStructural'],
    ['Q2 yes: report', { q1Suspicion: yes(), q2AcuteOrStructural: yes() }, 'report', true, null],
    [
      'Q3 no: report',
      { q1Suspicion: yes(), q2AcuteOrStructural: no(), q3CanOfferHelp: no() },
      'report',
      true,
      null,
    ],
    [
      'Q4 no: report',
      { q1Suspicion: yes(), q2AcuteOrStructural: no(), q3CanOfferHelp: yes(), q4HelpAccepted: no() },
      'report',
      true,
      null,
    ],
    [
      'Q3, Q4 yes: offer help, Q5 later',
      { q1Suspicion: yes(), q2AcuteOrStructural: no(), q3CanOfferHelp: yes(), q4HelpAccepted: yes() },
      'offer_help',
      false,
      'q5ResultInTime',
    ],
    [
      'Q5 no: report (again)',
      {
        q1Suspicion: yes(),
        q2AcuteOrStructural: no(),
        q3CanOfferHelp: yes(),
        q4HelpAccepted: yes(),
        q5ResultInTime: no(),
      },
      'report',
      true,
      null,
    ],
    [
      'Q5 yes: close with follow-up agreements',
      {
        q1Suspicion: yes(),
        q2AcuteOrStructural: no(),
        q3CanOfferHelp: yes(),
        q4HelpAccepted: yes(),
        q5ResultInTime: yes(),
      },
      'close_with_follow_up',
      false,
      null,
    ],
    // Q2 yes decides, whatever was answered after it (3–5 are then answered with Veilig Thuis).
    [
      'Q2 yes overrides later yeses',
      { q1Suspicion: yes(), q2AcuteOrStructural: yes(), q3CanOfferHelp: yes(), q4HelpAccepted: yes() },
      'report',
      true,
      null,
    ],
  ];
  it.each(cases)('%s', (_name, answers, outcome, mustReport, next) => {
    const duty = deriveReportingDuty(answers);
    expect({ outcome: duty.outcome, mustReport: duty.mustReport, next: duty.nextQuestion }).toEqual({
      outcome,
      mustReport,
      next,
    });
  });

  it('lets a track close only after a close outcome, or a report outcome with a report', () => {
    const report = deriveReportingDuty({ q1Suspicion: yes(), q2AcuteOrStructural: yes() });
    expect(trackMayClose(report, false)).toBe(false);
    expect(trackMayClose(report, true)).toBe(true);
    expect(trackMayClose(deriveReportingDuty({ q1Suspicion: no() }), false)).toBe(true);
    expect(trackMayClose(deriveReportingDuty({}), true)).toBe(false);
    expect(
      trackMayClose(
        deriveReportingDuty({
          q1Suspicion: yes(),
          q2AcuteOrStructural: no(),
          q3CanOfferHelp: yes(),
          q4HelpAccepted: yes(),
        }),
        false,
      ),
    ).toBe(false);
  });
});
