import { toIjwDatum } from '@een-plan/ijw';
import type { IncomingHandler, IncomingMessage } from './incoming.ts';
import { answerWithRetour } from './messages.ts';
import { sendAutoRefusals } from './requests-answer.ts';
import { judgeAssignmentRequest, judgeChangeRequest, type RequestJudgement } from './requests-receive.ts';

/**
 * JW315 verzoek om toewijzing and JW317 verzoek om wijziging from a provider system: judged
 * (requests-receive.ts), answered at once with the JW316/JW318 retour in the HTTP response; a
 * request that cannot be granted at all gets its JW319 right after the retour.
 */
export const handleRequest: IncomingHandler<'JW315' | 'JW317'> = async (m) => {
  const receipt = {
    tenantId: m.actor.tenantId,
    organisationId: m.organisationId,
    incomingId: m.incomingId,
    today: toIjwDatum(new Date()),
  };
  const judgement =
    m.type === 'JW315'
      ? await judgeAssignmentRequest(m.tx, receipt, (m as IncomingMessage<'JW315'>).bericht)
      : await judgeChangeRequest(m.tx, receipt, (m as IncomingMessage<'JW317'>).bericht);
  return {
    assignmentId: judgement.assignmentId,
    findings: judgement.findings,
    summary: judgement.summary,
    answer: () => answerThenRefuse(m, judgement),
  };
};

async function answerThenRefuse(m: IncomingMessage<'JW315' | 'JW317'>, judgement: RequestJudgement) {
  const tenantId = m.actor.tenantId;
  const retour = await answerWithRetour(
    m.tx,
    {
      tenantId,
      id: m.incomingId,
      type: m.type,
      bericht: m.bericht,
      sender: tenantId,
      receiver: m.sender,
      assignmentId: judgement.assignmentId,
      direction: 'out',
    },
    judgement.findings,
    m.report.rules.xsltVersie,
    false,
    true,
  );
  await sendAutoRefusals(m.tx, tenantId, judgement.autoRefused);
  return retour;
}
