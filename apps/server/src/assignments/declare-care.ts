import type { DeclarationInput, DeclarationOutcome } from '@een-plan/contracts';
import { headerDefaults, type Jw323Bericht, toIjwDatum } from '@een-plan/ijw';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { type Executor, inTransaction } from '../db/database.ts';
import { bsnsOf } from '../households/home-queries.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { organisationAgbCode } from '../tenancy/organisations.ts';
import { productOfAssignment } from './assignment-row.ts';
import { carePeriod, judgeDeclaration, monthEndOf } from './declarations.ts';
import { buildValidateStore, newIdentificatie } from './messages.ts';
import { outboxStatus } from './outbox.ts';
import { isIssuedTo } from './provider-visibility.ts';
import { assignment, contractProduct, ijwMessage } from './schema.ts';

interface RequestOrigin {
  requestId: string;
  clientAddress: string;
}

/**
 * A provider user declares delivered care for one month of a started (or stopped) assignment of
 * the own organisation. The product builds the JW323 on the provider's behalf (Afzender = the
 * provider's AGB code, Ontvanger = the municipality), validates and stores it, and the
 * municipality judges it exactly as one received over HTTP and answers with the JW325.
 */
export async function declareCare(
  db: Executor,
  actor: Actor,
  assignmentId: string,
  input: DeclarationInput,
  ctx: RequestOrigin,
): Promise<DeclarationOutcome> {
  return inTransaction(db, async (tx) => {
    const tenantId = actor.tenantId;
    const [row] = await tx
      .select({
        a: assignment,
        productCategory: contractProduct.productCategory,
        productCode: contractProduct.productCode,
        tariffCents: contractProduct.tariffCents,
      })
      .from(assignment)
      .innerJoin(contractProduct, productOfAssignment)
      .where(and(eq(assignment.tenantId, tenantId), eq(assignment.id, assignmentId)))
      .limit(1);
    if (!row || !isIssuedTo(row.a, actor.organisationId)) throw new ProblemError('not_found');
    const a = row.a;
    const bsn = (await bsnsOf(tx, tenantId, [a.personId])).get(a.personId) ?? null;
    const agb = (await organisationAgbCode(tx, tenantId, a.organisationId)) ?? null;
    const care = carePeriod(a);
    if (!care) throw new ProblemError('declaration_not_started');
    const now = new Date();
    const today = toIjwDatum(now);
    const monthStart = `${input.month}-01`;
    const monthEnd = monthEndOf(monthStart);
    // The DeclaratiePeriode is a whole calendar month (CS340) that ended by the Dagtekening (TR137).
    if (monthEnd > today) throw new ProblemError('declaration_month_not_over');
    // The product period: the calendar month, cut where the care began or ended (TR387, TR388).
    const begin = care.start > monthStart ? care.start : monthStart;
    const end = care.end < monthEnd ? care.end : monthEnd;
    if (begin > end) throw new ProblemError('declaration_month_outside');
    if (!bsn) throw new ProblemError('assignment_bsn_missing');
    if (!agb) throw new ProblemError('contract_no_agb_code');

    const amount = input.volume * row.tariffCents;
    const bericht: Jw323Bericht = {
      Header: {
        ...headerDefaults('JW323'),
        Afzender: agb,
        Ontvanger: tenantId,
        BerichtIdentificatie: { Identificatie: newIdentificatie('DC'), Dagtekening: today },
      },
      Declaratie: {
        DeclaratieNummer: newIdentificatie('DN'),
        DeclaratiePeriode: { Begindatum: monthStart, Einddatum: monthEnd },
        DeclaratieDagtekening: today,
        TotaalIngediendBedrag: { TotaalBedrag: amount, DebetCredit: 'D' },
        Clienten: [
          {
            Bsn: bsn,
            Prestaties: [
              {
                ProductReferentie: { ReferentieNummer: newIdentificatie('RN') },
                ToewijzingNummer: a.assignmentNumber,
                ProductCategorie: row.productCategory as never,
                ProductCode: row.productCode,
                ProductPeriode: { Begindatum: begin, Einddatum: end },
                GeleverdVolume: input.volume,
                Eenheid: a.unit as never,
                ProductTarief: row.tariffCents,
                IngediendBedrag: { Bedrag: amount, DebetCredit: 'D' },
              },
            ],
          },
        ],
      },
    } as Jw323Bericht;
    const incoming = await buildValidateStore(tx, {
      tenantId,
      direction: 'in',
      type: 'JW323',
      bericht,
      sender: agb,
      receiver: tenantId,
      assignmentId: a.id,
      summary: {
        type: 'JW323',
        via: 'ui',
        assignmentNumber: a.assignmentNumber,
        month: input.month,
        volume: input.volume,
        amountCents: amount,
      },
      status: 'processing',
    });
    const judgement = await judgeDeclaration(tx, {
      tenantId,
      organisationId: a.organisationId,
      bericht,
      incomingId: incoming.id,
      xsltVersie: incoming.report.rules.xsltVersie,
      answerStatus: outboxStatus(),
      now,
    });
    await tx
      .update(ijwMessage)
      .set({
        status: judgement.rejected.length === 0 ? 'processed' : 'partly_rejected',
        retourMessageId: judgement.answer.id,
      })
      .where(and(eq(ijwMessage.tenantId, tenantId), eq(ijwMessage.id, incoming.id)));
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'declaration.submit',
      outcome: 'success',
      subjectType: 'assignment',
      subjectId: a.id,
      dataCategory: 'assignment',
      purpose: 'youth_care_delivery',
      ...ctx,
      details: {
        month: input.month,
        volume: input.volume,
        status: judgement.outcome.status,
        approvedCents: judgement.outcome.approvedCents,
      },
    });
    return judgement.outcome;
  });
}
