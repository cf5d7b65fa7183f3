import { randomUUID } from 'node:crypto';
import type {
  Assignment,
  AssignmentInput,
  AssignmentStartInput,
  AssignmentStopInput,
  ExecutionVariant,
  IjwMessageDetail,
  IjwMessageSummary,
  ProviderContract,
  ProviderContractInput,
} from '@een-plan/contracts';
import type {
  IjwBerichtMap,
  Jw301Bericht,
  Jw301ToegewezenProduct,
  Jw305Bericht,
  Jw307Bericht,
  RetourFinding,
} from '@een-plan/ijw';
import { headerDefaults, retourcodeText, toIjwDatum, toIjwTijd } from '@een-plan/ijw';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit, recordAuditMany } from '../audit/record.ts';
import { appUser } from '../auth/schema.ts';
import { type Db, type Executor, inTransaction } from '../db/database.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import { household, person } from '../households/schema.ts';
import { ProblemError } from '../http/problems.ts';
import { plan, planAction } from '../plans/schema.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decidePlan } from '../policy/decide-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisation, tenant } from '../tenancy/schema.ts';
import { withVolumeUsed } from './declaration-usage.ts';
import { answerWithRetour, buildValidateStore, newIdentificatie } from './messages.ts';
import { outboxStatus } from './outbox.ts';
import type { DecisionLetterData } from './pdf.ts';
import { progressPlanAction } from './plan-progress.ts';
import { isIssuedTo } from './provider-visibility.ts';
import { assignment, contractProduct, ijwMessage, providerContract } from './schema.ts';
import { assignmentSettings, startDueDate, startOverdue } from './settings.ts';

/** Budgets above €10,000 need a team lead's approval unless the tenant configured otherwise. */
export { DEFAULT_APPROVAL_THRESHOLD_CENTS } from './settings.ts';

// ---------------------------------------------------------------------------------------------
// Contracts

export async function listContracts(db: Executor, tenantId: string): Promise<ProviderContract[]> {
  const contracts = await db
    .select({
      id: providerContract.id,
      organisationId: providerContract.organisationId,
      organisationName: organisation.name,
      agbCode: providerContract.agbCode,
      validFrom: providerContract.validFrom,
      validUntil: providerContract.validUntil,
    })
    .from(providerContract)
    .innerJoin(
      organisation,
      and(
        eq(organisation.tenantId, providerContract.tenantId),
        eq(organisation.id, providerContract.organisationId),
      ),
    )
    .where(eq(providerContract.tenantId, tenantId))
    .orderBy(asc(organisation.name), asc(providerContract.validFrom))
    .limit(500);
  if (contracts.length === 0) return [];
  const products = await db
    .select()
    .from(contractProduct)
    .where(
      and(
        eq(contractProduct.tenantId, tenantId),
        inArray(
          contractProduct.contractId,
          contracts.map((c) => c.id),
        ),
      ),
    )
    .orderBy(asc(contractProduct.name))
    .limit(5000);
  return contracts.map((c) => ({
    ...c,
    products: products
      .filter((p) => p.contractId === c.id)
      .map((p) => ({
        id: p.id,
        name: p.name,
        productCategory: p.productCategory,
        productCode: p.productCode,
        unit: p.unit as ProviderContract['products'][number]['unit'],
        tariffCents: p.tariffCents,
        executionVariant: p.executionVariant as ExecutionVariant,
      })),
  }));
}

export async function createContract(
  db: Executor,
  actor: Actor,
  input: z.output<typeof ProviderContractInput>,
  ctx: RequestOrigin,
  ids: { contractId?: string; productIds?: string[] } = {},
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const [org] = await tx
      .select({ agbCode: organisation.agbCode })
      .from(organisation)
      .where(and(eq(organisation.tenantId, actor.tenantId), eq(organisation.id, input.organisationId)))
      .limit(1);
    if (!org) throw new ProblemError('not_found');
    if (!org.agbCode || !/^\d{8}$/.test(org.agbCode)) throw new ProblemError('contract_no_agb_code');
    if (input.validUntil && input.validUntil < input.validFrom) throw new ProblemError('validation_failed');
    const id = ids.contractId ?? randomUUID();
    await tx.insert(providerContract).values({
      tenantId: actor.tenantId,
      id,
      organisationId: input.organisationId,
      agbCode: org.agbCode,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      createdBy: actor.userId,
    });
    await tx.insert(contractProduct).values(
      input.products.map((p, i) => ({
        tenantId: actor.tenantId,
        id: ids.productIds?.[i] ?? randomUUID(),
        contractId: id,
        ...p,
      })),
    );
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'contract.create',
      outcome: 'success',
      subjectType: 'provider_contract',
      subjectId: id,
      dataCategory: 'contract',
      purpose: 'administration',
      ...ctx,
      details: { organisationId: input.organisationId, products: input.products.length },
    });
    return id;
  });
}

// ---------------------------------------------------------------------------------------------
// Budget

/** Whole periods of the frequency within [start, end] (both inclusive). */
export function periodsIn(frequency: string, startDate: string, endDate: string): number {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const end = Date.parse(`${endDate}T00:00:00Z`);
  const days = Math.round((end - start) / 86_400_000) + 1;
  switch (frequency) {
    case '1':
      return days;
    case '2':
      return Math.ceil(days / 7);
    case '4': {
      const [sy, sm] = startDate.split('-').map(Number) as [number, number];
      const [ey, em] = endDate.split('-').map(Number) as [number, number];
      return ey * 12 + em - (sy * 12 + sm) + 1;
    }
    default:
      return 1;
  }
}

/** The budget: volume × number of periods × the contract's tariff per unit (eurocent). */
export function computeBudgetCents(
  input: { volume: number; frequency: string; startDate: string; endDate: string },
  tariffCents: number,
): number {
  return input.volume * periodsIn(input.frequency, input.startDate, input.endDate) * tariffCents;
}

export async function approvalThresholdCents(db: Executor, tenantId: string): Promise<number> {
  return (await assignmentSettings(db, tenantId)).approvalThresholdCents;
}

// ---------------------------------------------------------------------------------------------
// Household access (the plan's decision: coordinator and team assign, team lead approves)

async function authorizeHousehold(
  db: Executor,
  actor: Actor,
  householdId: string,
  action: 'plan.read' | 'plan.edit',
  audit: { action: string },
  ctx: RequestOrigin,
) {
  const { facts } = await authorize(db, actor, ctx, {
    load: () => findHouseholdFacts(db, actor.tenantId, householdId),
    decide: (facts) => decidePlan(actor, action, { tenantId: actor.tenantId, ...facts }),
    attempt: {
      action: audit.action,
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: 'assignment',
      purpose: 'youth_care_assignment',
    },
  });
  return facts;
}

// ---------------------------------------------------------------------------------------------
// Reading assignments

const assignmentColumns = {
  a: assignment,
  personFirstName: person.firstName,
  organisationName: organisation.name,
  productName: contractProduct.name,
  productCategory: contractProduct.productCategory,
  productCode: contractProduct.productCode,
  executionVariant: contractProduct.executionVariant,
};

type AssignmentRow = {
  a: typeof assignment.$inferSelect;
  personFirstName: string;
  organisationName: string;
  productName: string;
  productCategory: string;
  productCode: string;
  executionVariant: string;
};

function selectAssignments(db: Executor) {
  return db
    .select(assignmentColumns)
    .from(assignment)
    .innerJoin(person, and(eq(person.tenantId, assignment.tenantId), eq(person.id, assignment.personId)))
    .innerJoin(
      organisation,
      and(eq(organisation.tenantId, assignment.tenantId), eq(organisation.id, assignment.organisationId)),
    )
    .innerJoin(
      contractProduct,
      and(
        eq(contractProduct.tenantId, assignment.tenantId),
        eq(contractProduct.id, assignment.contractProductId),
      ),
    );
}

function toAssignment(r: AssignmentRow, startWarningDays: number, today: string): Assignment {
  const a = r.a;
  const dueDate = startDueDate(a, startWarningDays);
  return {
    id: a.id,
    assignmentNumber: a.assignmentNumber,
    householdId: a.householdId,
    personId: a.personId,
    personFirstName: r.personFirstName,
    planActionId: a.planActionId,
    organisationId: a.organisationId,
    organisationName: r.organisationName,
    productName: r.productName,
    productCategory: r.productCategory,
    productCode: r.productCode,
    executionVariant: r.executionVariant as ExecutionVariant,
    volume: a.volume,
    unit: a.unit as Assignment['unit'],
    frequency: a.frequency as Assignment['frequency'],
    startDate: a.startDate,
    endDate: a.endDate,
    referrerType: a.referrerType as Assignment['referrerType'],
    budgetCents: a.budgetCents,
    status: a.status as Assignment['status'],
    startedOn: a.startedOn,
    stoppedOn: a.stoppedOn,
    stopReason: a.stopReason as Assignment['stopReason'],
    endedOn: a.endedOn,
    startDueDate: dueDate,
    startOverdue: startOverdue(dueDate, today),
    version: a.version,
    volumeTotal: a.volume * periodsIn(a.frequency, a.startDate, a.endDate),
  };
}

/** The assignments of one household (the plan page shows each action's life). */
export async function listHouseholdAssignments(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
): Promise<Assignment[]> {
  await authorizeHousehold(db, actor, householdId, 'plan.read', { action: 'assignment.list' }, ctx);
  const rows = await selectAssignments(db)
    .where(and(eq(assignment.tenantId, actor.tenantId), eq(assignment.householdId, householdId)))
    .orderBy(desc(assignment.createdAt))
    .limit(200);
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'assignment.list',
    outcome: 'success',
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: 'assignment',
    purpose: 'youth_care_assignment',
    ...ctx,
    details: { count: rows.length },
  });
  const { startWarningDays } = await assignmentSettings(db, actor.tenantId);
  const today = toIjwDatum(new Date());
  return withVolumeUsed(
    db,
    actor.tenantId,
    rows.map((r) => toAssignment(r, startWarningDays, today)),
  );
}

/** A provider user sees the assignments of their own organisation only. */
export async function listProviderAssignments(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  page: { limit: number; offset: number },
): Promise<Assignment[]> {
  if (!actor.organisationId) throw new ProblemError('forbidden');
  const rows = await selectAssignments(db)
    .where(
      and(
        eq(assignment.tenantId, actor.tenantId),
        eq(assignment.organisationId, actor.organisationId),
        inArray(assignment.status, ['assigned', 'started', 'stopped', 'ended']),
      ),
    )
    .orderBy(desc(assignment.createdAt))
    .limit(page.limit)
    .offset(page.offset);
  await recordAuditMany(
    db,
    rows.map((r) => ({
      tenantId: actor.tenantId,
      actor,
      action: 'assignment.read',
      outcome: 'success' as const,
      subjectType: 'assignment',
      subjectId: r.a.id,
      dataCategory: 'assignment',
      purpose: 'youth_care_delivery',
      ...ctx,
      details: { organisationId: actor.organisationId },
    })),
  );
  const { startWarningDays } = await assignmentSettings(db, actor.tenantId);
  const today = toIjwDatum(new Date());
  return withVolumeUsed(
    db,
    actor.tenantId,
    rows.map((r) => toAssignment(r, startWarningDays, today)),
  );
}

// ---------------------------------------------------------------------------------------------
// Assign (municipality)

async function loadActionForAssignment(
  tx: Executor,
  tenantId: string,
  householdId: string,
  actionId: string,
) {
  const [row] = await tx
    .select({
      id: planAction.id,
      level: planAction.level,
      ownerKind: planAction.ownerKind,
      ownerRef: planAction.ownerRef,
      householdId: plan.householdId,
    })
    .from(planAction)
    .innerJoin(plan, and(eq(plan.tenantId, planAction.tenantId), eq(plan.id, planAction.planId)))
    .where(and(eq(planAction.tenantId, tenantId), eq(planAction.id, actionId), isNull(plan.closedAt)))
    .limit(1);
  if (!row || row.householdId !== householdId) throw new ProblemError('not_found');
  if (row.level !== 2 || row.ownerKind !== 'provider')
    throw new ProblemError('assignment_action_not_provider');
  return row;
}

export async function nextAssignmentNumber(tx: Executor, tenantId: string): Promise<number> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`assignment-number:${tenantId}`}, 0))`,
  );
  const [row] = await tx
    .select({ max: sql<number | null>`max(${assignment.assignmentNumber})` })
    .from(assignment)
    .where(eq(assignment.tenantId, tenantId));
  return Number(row?.max ?? 1000) + 1;
}

export async function createAssignment(
  db: Executor,
  actor: Actor,
  householdId: string,
  input: z.output<typeof AssignmentInput>,
  ctx: RequestOrigin,
  opts: { id?: string; now?: Date } = {},
): Promise<{ id: string; status: string; budgetCents: number }> {
  return inTransaction(db, async (tx) => {
    const facts = await authorizeHousehold(
      tx,
      actor,
      householdId,
      'plan.edit',
      { action: 'assignment.create' },
      ctx,
    );
    if (actor.role !== 'coordinator') throw new ProblemError('forbidden');
    const action = await loadActionForAssignment(tx, actor.tenantId, householdId, input.planActionId);
    if (!facts.memberPersonIds.includes(input.personId))
      throw new ProblemError('assignment_person_not_member');
    if (input.endDate < input.startDate) throw new ProblemError('assignment_dates_invalid');
    const [product] = await tx
      .select({
        id: contractProduct.id,
        unit: contractProduct.unit,
        tariffCents: contractProduct.tariffCents,
        organisationId: providerContract.organisationId,
        validFrom: providerContract.validFrom,
        validUntil: providerContract.validUntil,
      })
      .from(contractProduct)
      .innerJoin(
        providerContract,
        and(
          eq(providerContract.tenantId, contractProduct.tenantId),
          eq(providerContract.id, contractProduct.contractId),
        ),
      )
      .where(
        and(eq(contractProduct.tenantId, actor.tenantId), eq(contractProduct.id, input.contractProductId)),
      )
      .limit(1);
    if (!product || product.organisationId !== action.ownerRef) {
      throw new ProblemError('assignment_product_not_contracted');
    }
    if (
      input.startDate < product.validFrom ||
      (product.validUntil !== null && input.endDate > product.validUntil)
    ) {
      throw new ProblemError('assignment_outside_contract');
    }
    const budgetCents = computeBudgetCents(input, product.tariffCents);
    if (!Number.isSafeInteger(budgetCents) || budgetCents > 2_000_000_000) {
      throw new ProblemError('assignment_budget_too_large');
    }
    const threshold = await approvalThresholdCents(tx, actor.tenantId);
    const needsApproval = budgetCents > threshold;
    const id = opts.id ?? randomUUID();
    const assignmentNumber = await nextAssignmentNumber(tx, actor.tenantId);
    await tx.insert(assignment).values({
      tenantId: actor.tenantId,
      id,
      assignmentNumber,
      householdId,
      personId: input.personId,
      planActionId: input.planActionId,
      organisationId: product.organisationId,
      contractProductId: product.id,
      volume: input.volume,
      unit: product.unit,
      frequency: input.frequency,
      startDate: input.startDate,
      endDate: input.endDate,
      referrerType: input.referrerType,
      budgetCents,
      status: needsApproval ? 'awaiting_approval' : 'assigned',
      createdBy: actor.userId,
    });
    if (!needsApproval) await issueAssignment(tx, actor.tenantId, id, opts.now ?? new Date());
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'assignment.create',
      outcome: 'success',
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: 'assignment',
      purpose: 'youth_care_assignment',
      ...ctx,
      details: { assignmentId: id, budgetCents, needsApproval, organisationId: product.organisationId },
    });
    return { id, status: needsApproval ? 'awaiting_approval' : 'assigned', budgetCents };
  });
}

/** A team lead of the household's team approves (JW301 goes out) or rejects an assignment. */
export async function decideApproval(
  db: Executor,
  actor: Actor,
  assignmentId: string,
  input: { version: number; approve: boolean },
  ctx: RequestOrigin,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const a = await lockAssignment(tx, actor.tenantId, assignmentId);
    await authorizeHousehold(tx, actor, a.householdId, 'plan.read', { action: 'assignment.approve' }, ctx);
    if (actor.role !== 'team_lead') throw new ProblemError('forbidden');
    if (a.status !== 'awaiting_approval') throw new ProblemError('assignment_wrong_status');
    checkVersion(a, input.version);
    await tx
      .update(assignment)
      .set({
        status: input.approve ? 'assigned' : 'rejected',
        approvedBy: actor.userId,
        version: a.version + 1,
      })
      .where(and(eq(assignment.tenantId, actor.tenantId), eq(assignment.id, assignmentId)));
    if (input.approve) await issueAssignment(tx, actor.tenantId, assignmentId, new Date());
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'assignment.approve',
      outcome: 'success',
      subjectType: 'assignment',
      subjectId: assignmentId,
      dataCategory: 'assignment',
      purpose: 'youth_care_assignment',
      ...ctx,
      details: { approved: input.approve },
    });
  });
}

export async function lockAssignment(tx: Executor, tenantId: string, id: string) {
  const [a] = await tx
    .select()
    .from(assignment)
    .where(and(eq(assignment.tenantId, tenantId), eq(assignment.id, id)))
    .for('update')
    .limit(1);
  if (!a) throw new ProblemError('not_found');
  return a;
}

export function checkVersion(a: { version: number }, version: number) {
  if (a.version !== version) {
    throw new ProblemError('version_conflict', undefined, undefined, a.version);
  }
}

/** Client data of the JW30x messages, from the person and household. */
async function clientData(tx: Executor, tenantId: string, a: typeof assignment.$inferSelect) {
  const [p] = await tx
    .select({
      bsn: person.bsn,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      postcode: household.postcode,
      houseNumber: household.houseNumber,
      street: household.street,
      city: household.city,
    })
    .from(person)
    .innerJoin(household, and(eq(household.tenantId, person.tenantId), eq(household.id, a.householdId)))
    .where(and(eq(person.tenantId, tenantId), eq(person.id, a.personId)))
    .limit(1);
  if (!p) throw new ProblemError('not_found');
  if (!p.bsn) throw new ProblemError('assignment_bsn_missing');
  return p;
}

export async function agbOf(tx: Executor, tenantId: string, organisationId: string): Promise<string> {
  const [o] = await tx
    .select({ agb: organisation.agbCode })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.id, organisationId)))
    .limit(1);
  if (!o?.agb) throw new ProblemError('contract_no_agb_code');
  return o.agb;
}

/** The JW301 for an assignment; built from the stored assignment so it can be rebuilt identically. */
async function buildJw301(
  tx: Executor,
  tenantId: string,
  a: typeof assignment.$inferSelect,
  identificatie: string,
  now: Date,
  /** Other assignments of this client and provider that go in the same message (OP087). */
  others: Array<typeof assignment.$inferSelect> = [],
): Promise<Jw301Bericht> {
  const c = await clientData(tx, tenantId, a);
  const houseNumber = Number.parseInt(c.houseNumber, 10);
  const toegewezen: Jw301ToegewezenProduct[] = [];
  for (const x of [...others, a]) toegewezen.push(await toegewezenProduct(tx, tenantId, x, now));
  return {
    Header: {
      ...headerDefaults('JW301'),
      Afzender: tenantId,
      Ontvanger: await agbOf(tx, tenantId, a.organisationId),
      BerichtIdentificatie: { Identificatie: identificatie, Dagtekening: toIjwDatum(now) },
    },
    Client: {
      Bsn: c.bsn as string,
      Geboortedatum: { Datum: c.birthDate },
      Geslacht: '0',
      Naam: { Geslachtsnaam: { Achternaam: c.lastName }, Voornamen: c.firstName, NaamGebruik: '1' },
      Contactgegevens: [
        {
          Soort: '01',
          Adres: {
            ...(Number.isFinite(houseNumber) ? { Huis: { Huisnummer: houseNumber } } : {}),
            Postcode: c.postcode.replace(/\s+/g, '').toUpperCase(),
            Straatnaam: c.street,
            Plaatsnaam: c.city,
            LandCode: 'NL',
          },
        },
      ],
      ToegewezenProducten: toegewezen,
    },
  } as Jw301Bericht;
}

/** One ToegewezenProduct: with the provider's ReferentieAanbieder and the JZ002 RedenWijziging when set. */
async function toegewezenProduct(
  tx: Executor,
  tenantId: string,
  a: typeof assignment.$inferSelect,
  now: Date,
): Promise<Jw301ToegewezenProduct> {
  const [product] = await tx
    .select()
    .from(contractProduct)
    .where(and(eq(contractProduct.tenantId, tenantId), eq(contractProduct.id, a.contractProductId)))
    .limit(1);
  if (!product) throw new ProblemError('not_found');
  const taak = product.executionVariant === 'taakgericht';
  return {
    ToewijzingNummer: a.assignmentNumber,
    ...(a.providerReference ? { ReferentieAanbieder: a.providerReference } : {}),
    Product: taak
      ? { Categorie: product.productCategory as never }
      : { Categorie: product.productCategory as never, Code: product.productCode },
    Toewijzingsdatum: toIjwDatum(now),
    Toewijzingstijd: toIjwTijd(now),
    Ingangsdatum: a.startDate,
    Einddatum: a.endDate,
    ...(a.changeReason ? { RedenWijziging: a.changeReason as never } : {}),
    ...(taak
      ? { Budget: a.budgetCents }
      : { Omvang: { Volume: a.volume, Eenheid: a.unit as never, Frequentie: a.frequency as never } }),
  };
}

/**
 * The assignment is final: build the JW301, validate it (XSD + rules; refuse if invalid) and put it
 * in the outbox. Without a delivery URL the provider reads it in this product ("delivered
 * locally"); the provider side then acknowledges it with the JW302 retour.
 */
export async function issueAssignment(
  tx: Executor,
  tenantId: string,
  assignmentId: string,
  now: Date,
  /** Changed or current assignments of the same client and provider that go in the same JW301. */
  alsoAssignmentIds: string[] = [],
): Promise<string> {
  const a = await lockAssignment(tx, tenantId, assignmentId);
  const others: Array<typeof assignment.$inferSelect> = [];
  for (const id of alsoAssignmentIds) others.push(await lockAssignment(tx, tenantId, id));
  // A changed assignment is sent again: then its number and the clock may repeat, so a random one.
  const identificatie =
    alsoAssignmentIds.length > 0 || a.changeReason
      ? newIdentificatie('TW')
      : `TW${String(a.assignmentNumber).padStart(6, '0')}${Math.floor(now.getTime() / 1000) % 10_000}`;
  const bericht = await buildJw301(tx, tenantId, a, identificatie.slice(0, 12), now, others);
  const out = await buildValidateStore(tx, {
    tenantId,
    direction: 'out',
    type: 'JW301',
    bericht,
    sender: tenantId,
    receiver: bericht.Header.Ontvanger,
    assignmentId,
    summary: summaryOf('JW301', a),
    status: outboxStatus(),
  });
  await tx
    .update(assignment)
    .set({ assignedAt: now })
    .where(and(eq(assignment.tenantId, tenantId), eq(assignment.id, assignmentId)));
  // Delivered to a provider system, the JW302 comes back in the delivery's answer (outbox.ts).
  if (outboxStatus() !== 'delivered_locally') return out.id;
  // The provider (in this product) received the JW301 and answers with the JW302 retour.
  const retour = await answerWithRetour(
    tx,
    {
      tenantId,
      id: out.id,
      type: 'JW301',
      bericht,
      sender: bericht.Header.Ontvanger,
      receiver: tenantId,
      assignmentId,
      direction: 'in',
    },
    [],
    out.report.rules.xsltVersie,
  );
  await tx
    .update(ijwMessage)
    .set({ retourMessageId: retour.id })
    .where(and(eq(ijwMessage.tenantId, tenantId), eq(ijwMessage.id, out.id)));
  return out.id;
}

function summaryOf(type: string, a: typeof assignment.$inferSelect, extra: Record<string, unknown> = {}) {
  // Identifiers and codes only: no names or BSN in the summary.
  return {
    type,
    assignmentNumber: a.assignmentNumber,
    personId: a.personId,
    volume: a.volume,
    unit: a.unit,
    frequency: a.frequency,
    startDate: a.startDate,
    endDate: a.endDate,
    budgetCents: a.budgetCents,
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------
// Provider: start (JW305) and stop (JW307); the municipality answers JW306 / JW308

async function providerAssignment(tx: Executor, actor: Actor, assignmentId: string) {
  const a = await lockAssignment(tx, actor.tenantId, assignmentId);
  if (!isIssuedTo(a, actor.organisationId)) throw new ProblemError('not_found');
  return a;
}

async function verkorteClient(tx: Executor, tenantId: string, a: typeof assignment.$inferSelect) {
  const c = await clientData(tx, tenantId, a);
  return {
    Bsn: c.bsn as string,
    Geboortedatum: { Datum: c.birthDate },
    Geslacht: '0' as const,
    Naam: { Geslachtsnaam: { Achternaam: c.lastName }, Voornamen: c.firstName },
  };
}

/**
 * Level 3/4 checks of the municipality on a start or stop message against the assignment:
 * unknown ToewijzingNummer, a stop before its start (held back: rejected until the start arrives),
 * dates outside the assignment.
 */
function startFindings(a: typeof assignment.$inferSelect, begindatum: string): RetourFinding[] {
  const path = 'Client/StartProducten/StartProduct[1]';
  // TR326 (9326): no second start while a start is current.
  if (a.status === 'started') return [{ path, codes: ['9326'] }];
  // TR019 (9019): the start relates to a current assignment, within its period.
  if (a.status !== 'assigned' || begindatum < a.startDate || begindatum > a.endDate) {
    return [{ path, codes: ['9019'] }];
  }
  return [];
}

function stopFindings(
  a: typeof assignment.$inferSelect,
  begindatum: string,
  einddatum: string,
): RetourFinding[] {
  const path = 'Client/StopProducten/StopProduct[1]';
  // TR019 (9019): the stop relates to the assignment's current start.
  if (a.status !== 'started' || !a.startedOn || a.startedOn !== begindatum || einddatum < begindatum) {
    return [{ path, codes: ['9019'] }];
  }
  return [];
}

export async function reportStart(
  db: Executor,
  actor: Actor,
  assignmentId: string,
  input: z.output<typeof AssignmentStartInput>,
  ctx: RequestOrigin,
): Promise<{ accepted: boolean }> {
  const result = await inTransaction(db, async (tx) => {
    const a = await providerAssignment(tx, actor, assignmentId);
    checkVersion(a, input.version);
    if (a.status !== 'assigned') throw new ProblemError('assignment_wrong_status');
    const now = new Date();
    // TR134: a start is reported once it happened, never ahead.
    if (input.startDate > toIjwDatum(now)) throw new ProblemError('assignment_date_in_future');
    const agb = await agbOf(tx, actor.tenantId, a.organisationId);
    const bericht: Jw305Bericht = {
      Header: {
        ...headerDefaults('JW305'),
        Afzender: agb,
        Ontvanger: actor.tenantId,
        BerichtIdentificatie: { Identificatie: newMessageId('ST'), Dagtekening: toIjwDatum(now) },
      },
      Client: {
        ...(await verkorteClient(tx, actor.tenantId, a)),
        StartProducten: [
          {
            ToewijzingNummer: a.assignmentNumber,
            Product: await productOf(tx, actor.tenantId, a.contractProductId),
            ToewijzingIngangsdatum: a.startDate,
            Begindatum: input.startDate,
            StatusAanlevering: '1',
          },
        ],
      },
    } as Jw305Bericht;
    const findings = startFindings(a, input.startDate);
    const accepted = await receiveAndAnswer(tx, actor.tenantId, 'JW305', bericht, a, findings, {
      startDate: input.startDate,
    });
    if (accepted) {
      await tx
        .update(assignment)
        .set({ status: 'started', startedOn: input.startDate, version: a.version + 1 })
        .where(and(eq(assignment.tenantId, actor.tenantId), eq(assignment.id, a.id)));
      await progressPlanAction(tx, actor, a, 'started', ctx);
    }
    await auditProvider(tx, actor, ctx, 'assignment.start', a.id, { accepted });
    return { accepted, findings };
  });
  // A rejected message stays stored (under Berichten) with its retour; the answer names the codes.
  if (!result.accepted) throw rejectedProblem(result.findings);
  return { accepted: true };
}

export async function reportStop(
  db: Executor,
  actor: Actor,
  assignmentId: string,
  input: z.output<typeof AssignmentStopInput>,
  ctx: RequestOrigin,
): Promise<{ accepted: boolean }> {
  const result = await inTransaction(db, async (tx) => {
    const a = await providerAssignment(tx, actor, assignmentId);
    checkVersion(a, input.version);
    // A stop before its start is out of order: it is refused (nothing stored) until the start is in.
    if (a.status !== 'started' || !a.startedOn) throw new ProblemError('assignment_not_started');
    if (input.stopDate < a.startedOn) throw new ProblemError('assignment_dates_invalid');
    const now = new Date();
    if (input.stopDate > toIjwDatum(now)) throw new ProblemError('assignment_date_in_future');
    const agb = await agbOf(tx, actor.tenantId, a.organisationId);
    const bericht: Jw307Bericht = {
      Header: {
        ...headerDefaults('JW307'),
        Afzender: agb,
        Ontvanger: actor.tenantId,
        BerichtIdentificatie: { Identificatie: newMessageId('SP'), Dagtekening: toIjwDatum(now) },
      },
      Client: {
        ...(await verkorteClient(tx, actor.tenantId, a)),
        StopProducten: [
          {
            ToewijzingNummer: a.assignmentNumber,
            Product: await productOf(tx, actor.tenantId, a.contractProductId),
            ToewijzingIngangsdatum: a.startDate,
            Begindatum: a.startedOn,
            RedenBeeindiging: input.reason,
            Einddatum: input.stopDate,
            StatusAanlevering: '1',
          },
        ],
      },
    } as Jw307Bericht;
    const findings = stopFindings(a, a.startedOn, input.stopDate);
    const accepted = await receiveAndAnswer(tx, actor.tenantId, 'JW307', bericht, a, findings, {
      stopDate: input.stopDate,
      reason: input.reason,
    });
    if (accepted) {
      await tx
        .update(assignment)
        .set({
          status: 'stopped',
          stoppedOn: input.stopDate,
          stopReason: input.reason,
          version: a.version + 1,
        })
        .where(and(eq(assignment.tenantId, actor.tenantId), eq(assignment.id, a.id)));
      await progressPlanAction(tx, actor, a, 'stopped', ctx);
    }
    await auditProvider(tx, actor, ctx, 'assignment.stop', a.id, { accepted, reason: input.reason });
    return { accepted, findings };
  });
  if (!result.accepted) throw rejectedProblem(result.findings);
  return { accepted: true };
}

/** The 409 for a start or stop the municipality rejected: each retourcode with its meaning. */
function rejectedProblem(findings: RetourFinding[]): ProblemError {
  const codes = findings.flatMap((f) => f.codes.map((code) => ({ path: f.path, code })));
  return new ProblemError(
    'assignment_message_rejected',
    `Retourcodes: ${codes.map((c) => c.code).join(', ')}`,
    codes.map((c) => ({ path: c.path, code: c.code, message: retourcodeText(c.code) })),
  );
}

export function newMessageId(prefix: string) {
  return `${prefix}${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
}

export async function productOf(tx: Executor, tenantId: string, contractProductId: string) {
  const [p] = await tx
    .select({
      cat: contractProduct.productCategory,
      code: contractProduct.productCode,
      v: contractProduct.executionVariant,
    })
    .from(contractProduct)
    .where(and(eq(contractProduct.tenantId, tenantId), eq(contractProduct.id, contractProductId)))
    .limit(1);
  if (!p) throw new ProblemError('not_found');
  return p.v === 'taakgericht' ? { Categorie: p.cat as never } : { Categorie: p.cat as never, Code: p.code };
}

/**
 * The municipality receives a provider's JW305/JW307 (stored as incoming), checks it against the
 * assignment and answers with the JW306/JW308 retour (stored as outgoing). Returns whether the
 * message was accepted (no findings).
 */
async function receiveAndAnswer<T extends 'JW305' | 'JW307'>(
  tx: Executor,
  tenantId: string,
  type: T,
  bericht: IjwBerichtMap[T],
  a: typeof assignment.$inferSelect,
  findings: RetourFinding[],
  extra: Record<string, unknown>,
): Promise<boolean> {
  const sender = bericht.Header.Afzender;
  const incoming = await buildValidateStore(tx, {
    tenantId,
    direction: 'in',
    type,
    bericht,
    sender,
    receiver: tenantId,
    assignmentId: a.id,
    summary: summaryOf(type, a, extra),
    status: findings.length === 0 ? 'processed' : 'rejected',
  });
  const retour = await answerWithRetour(
    tx,
    {
      tenantId,
      id: incoming.id,
      type,
      bericht,
      sender: tenantId,
      receiver: sender,
      assignmentId: a.id,
      direction: 'out',
    },
    findings,
    incoming.report.rules.xsltVersie,
  );
  await tx
    .update(ijwMessage)
    .set({ retourMessageId: retour.id })
    .where(and(eq(ijwMessage.tenantId, tenantId), eq(ijwMessage.id, incoming.id)));
  return findings.length === 0;
}

async function auditProvider(
  tx: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  action: string,
  assignmentId: string,
  details: Record<string, string | number | boolean | null>,
) {
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actor,
    action,
    outcome: 'success',
    subjectType: 'assignment',
    subjectId: assignmentId,
    dataCategory: 'assignment',
    purpose: 'youth_care_delivery',
    ...ctx,
    details,
  });
}

// ---------------------------------------------------------------------------------------------
// Messages (administrators)

function toSummary(m: typeof ijwMessage.$inferSelect): IjwMessageSummary {
  return {
    id: m.id,
    direction: m.direction as 'in' | 'out',
    messageType: m.messageType,
    berichtIdentificatie: m.berichtIdentificatie,
    sender: m.sender,
    receiver: m.receiver,
    assignmentId: m.assignmentId,
    retourMessageId: m.retourMessageId,
    status: m.status,
    attempts: m.attempts,
    valid: (m.validation as { valid?: boolean }).valid === true,
    createdAt: m.createdAt.toISOString(),
  };
}

export async function listMessages(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  page: { limit: number; offset: number },
): Promise<IjwMessageSummary[]> {
  const rows = await db
    .select()
    .from(ijwMessage)
    .where(eq(ijwMessage.tenantId, actor.tenantId))
    .orderBy(desc(ijwMessage.createdAt), desc(ijwMessage.id))
    .limit(page.limit)
    .offset(page.offset);
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'ijw_message.list',
    outcome: 'success',
    subjectType: 'ijw_message',
    dataCategory: 'ijw_message',
    purpose: 'administration',
    ...ctx,
    details: { count: rows.length },
  });
  return rows.map(toSummary);
}

/** One message with its XML (which holds the BSN and name): audited per message. */
export async function getMessage(
  db: Db,
  actor: Actor,
  id: string,
  ctx: RequestOrigin,
): Promise<IjwMessageDetail> {
  const [m] = await db
    .select()
    .from(ijwMessage)
    .where(and(eq(ijwMessage.tenantId, actor.tenantId), eq(ijwMessage.id, id)))
    .limit(1);
  if (!m) throw new ProblemError('not_found');
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'ijw_message.read',
    outcome: 'success',
    subjectType: 'ijw_message',
    subjectId: id,
    dataCategory: 'ijw_message',
    purpose: 'administration',
    ...ctx,
    details: { messageType: m.messageType },
  });
  return { ...toSummary(m), xml: m.xml, summary: m.summary, validation: m.validation };
}

// ---------------------------------------------------------------------------------------------
// Decision letter (beschikking)

export async function decisionLetterData(
  db: Db,
  actor: Actor,
  assignmentId: string,
  ctx: RequestOrigin,
): Promise<DecisionLetterData> {
  const [row] = await selectAssignments(db)
    .where(and(eq(assignment.tenantId, actor.tenantId), eq(assignment.id, assignmentId)))
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  await authorizeHousehold(
    db,
    actor,
    row.a.householdId,
    'plan.read',
    { action: 'assignment.decision_letter' },
    ctx,
  );
  if (!row.a.assignedAt) throw new ProblemError('assignment_wrong_status');
  const [h] = await db
    .select({ name: household.name, coordinatorName: appUser.displayName, tenantName: tenant.name })
    .from(household)
    .innerJoin(tenant, eq(tenant.tenantId, household.tenantId))
    .leftJoin(appUser, and(eq(appUser.tenantId, household.tenantId), eq(appUser.id, household.coordinatorId)))
    .where(and(eq(household.tenantId, actor.tenantId), eq(household.id, row.a.householdId)))
    .limit(1);
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'assignment.decision_letter',
    outcome: 'success',
    subjectType: 'assignment',
    subjectId: assignmentId,
    dataCategory: 'assignment',
    purpose: 'youth_care_assignment',
    ...ctx,
    details: { householdId: row.a.householdId },
  });
  return {
    municipalityName: h?.tenantName ?? actor.tenantId,
    householdName: h?.name ?? '',
    youthFirstName: row.personFirstName,
    assignmentNumber: row.a.assignmentNumber,
    decidedOn: toIjwDatum(row.a.assignedAt),
    productName: row.productName,
    providerName: row.organisationName,
    volume: row.a.volume,
    unit: row.a.unit,
    frequency: row.a.frequency,
    startDate: row.a.startDate,
    endDate: row.a.endDate,
    coordinatorName: h?.coordinatorName ?? null,
  };
}
