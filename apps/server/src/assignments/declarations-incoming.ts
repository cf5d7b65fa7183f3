import type { Jw323Bericht } from '@een-plan/ijw';
import { buildDeclaratieAntwoord, toIjwDatum } from '@een-plan/ijw';
import { judgeDeclaration } from './declarations.ts';
import type { IncomingHandler, TechnicalAnswer } from './incoming.ts';
import { buildValidateStore, newIdentificatie } from './messages.ts';

/**
 * A JW323 declaratie from a provider system: judged prestatie by prestatie (declarations.ts) and
 * answered with the JW325 declaratie-antwoord, which goes back in the HTTP response.
 */
export const handleDeclaration: IncomingHandler<'JW323'> = async (m) => {
  const judgement = await judgeDeclaration(m.tx, {
    tenantId: m.actor.tenantId,
    organisationId: m.organisationId,
    bericht: m.bericht,
    incomingId: m.incomingId,
    xsltVersie: m.report.rules.xsltVersie,
    answerStatus: 'delivered',
    now: new Date(),
  });
  const { outcome } = judgement;
  return {
    assignmentId: judgement.assignmentIds[0] ?? null,
    findings: judgement.rejected,
    summary: {
      type: 'JW323',
      declarationNumber: outcome.declarationNumber,
      status: outcome.status,
      submittedCents: outcome.submittedCents,
      approvedCents: outcome.approvedCents,
      prestaties: outcome.lines.length,
    },
    answer: async () => judgement.answer,
  };
};

/** A JW323 that failed the official rules (controleniveau 2): JW325 with the Header and 0001 only. */
export const declarationTechnicalAnswer: TechnicalAnswer = async ({ tx, tenantId, bericht, report }) => {
  const declaratie = bericht as Jw323Bericht;
  const retour = buildDeclaratieAntwoord(declaratie, {
    identificatie: newIdentificatie('DA'),
    dagtekening: toIjwDatum(new Date()),
    xsltVersie: report.rules.xsltVersie ?? 'onbekend',
    technischAfgekeurd: true,
  });
  return buildValidateStore(tx, {
    tenantId,
    direction: 'out',
    type: 'JW325',
    bericht: retour.bericht,
    sender: tenantId,
    receiver: declaratie.Header.Afzender,
    assignmentId: null,
    summary: {
      declarationNumber: declaratie.Declaratie?.DeclaratieNummer ?? null,
      retourcodes: ['0001'],
      accepted: false,
    },
    status: 'delivered',
  });
};
