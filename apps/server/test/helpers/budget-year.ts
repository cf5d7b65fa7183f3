/**
 * A small known data set in 2019 (a year the demo story does not touch) for the budget figures and
 * the CBS delivery, every figure worked out by hand in the tests that use it:
 * - A1 (9101) Nieuw-Vennep, cat 45, started, budget € 3.650 over all of 2019 (€ 10 a day).
 * - A2 (9102) Hoofddorp-Oost, cat 43, assigned (not started), no budget: 2 × 6 months × € 200.
 * - A3 (9103) Nieuw-Vennep, cat 45, stopped as planned (31) on 31 March: commits nothing any more.
 * - A4 (9104) Nieuw-Vennep, cat 45, started, € 730 over 1 Dec 2018 – 31 Jan 2019 (62 days).
 * - Approved prestaties of an answered JW325: Jan 300, Feb 280 − 50 credit, Mar 200 (A3),
 *   Jul 400 (A2); not counted: a rejected one (Mar 310) and one of an unanswered declaration (100).
 * - A crisis call for hh-b1 on 20 Dec 2018; an OTS for p-b1 from 1 Feb 2019.
 */

import { declaration, declarationLine } from '../../src/assignments/declarations-schema.ts';
import { assignment, contractProduct, ijwMessage, providerContract } from '../../src/assignments/schema.ts';
import { crisisEpisode } from '../../src/crisis/schema.ts';
import type { Executor } from '../../src/db/database.ts';
import { testBsn } from '../../src/demo/test-bsn.ts';
import { household, person } from '../../src/households/schema.ts';
import { protectionMeasure } from '../../src/protection/schema.ts';

export const BY_TENANT = '0394';
export const NV = 'area-nieuw-vennep';
export const HO = 'area-hoofddorp-oost';
export const BSN_B1 = testBsn(90);

export async function loadBudgetYear(db: Executor): Promise<void> {
  const tenantId = BY_TENANT;
  await db.insert(household).values([
    {
      tenantId,
      id: 'hh-b1',
      name: 'B1',
      postcode: '2151 AB',
      houseNumber: '1',
      street: 'S',
      city: 'Nieuw-Vennep',
      areaId: NV,
    },
    {
      tenantId,
      id: 'hh-b2',
      name: 'B2',
      postcode: '2132AA',
      houseNumber: '2',
      street: 'S',
      city: 'Hoofddorp',
      areaId: HO,
    },
    {
      tenantId,
      id: 'hh-b3',
      name: 'B3',
      postcode: '2151CD',
      houseNumber: '3',
      street: 'S',
      city: 'Nieuw-Vennep',
      areaId: NV,
    },
  ]);
  await db.insert(person).values([
    {
      tenantId,
      id: 'p-b1',
      bsn: BSN_B1,
      firstName: 'Test',
      lastName: 'Een',
      birthDate: '2008-05-05',
      sex: 'female',
    },
    {
      tenantId,
      id: 'p-b2',
      bsn: testBsn(91),
      firstName: 'Test',
      lastName: 'Twee',
      birthDate: '2010-06-06',
      sex: 'male',
    },
    { tenantId, id: 'p-b3', bsn: null, firstName: 'Test', lastName: 'Drie', birthDate: '2012-02-02' },
  ]);
  await db.insert(providerContract).values({
    tenantId,
    id: 'contract-b',
    organisationId: 'org-jeugdhulp',
    agbCode: '99999999',
    validFrom: '2018-01-01',
    createdBy: 'u-erik',
  });
  await db.insert(contractProduct).values([
    {
      tenantId,
      id: 'cp-b45',
      contractId: 'contract-b',
      name: 'Ambulant',
      productCategory: '45',
      productCode: '45A01',
      unit: '04',
      tariffCents: 10_000,
      executionVariant: 'inspanningsgericht',
    },
    {
      tenantId,
      id: 'cp-b43',
      contractId: 'contract-b',
      name: 'Verblijf',
      productCategory: '43',
      productCode: '43A01',
      unit: '14',
      tariffCents: 20_000,
      executionVariant: 'outputgericht',
    },
  ]);
  const a = (
    id: string,
    n: number,
    hh: string,
    p: string,
    cp: string,
    more: Partial<typeof assignment.$inferInsert>,
  ): typeof assignment.$inferInsert => ({
    tenantId,
    id,
    assignmentNumber: n,
    householdId: hh,
    personId: p,
    organisationId: 'org-jeugdhulp',
    contractProductId: cp,
    volume: 1,
    unit: '04',
    frequency: '2',
    startDate: '2019-01-01',
    endDate: '2019-12-31',
    referrerType: '01',
    budgetCents: 0,
    status: 'started',
    createdBy: 'u-sanne',
    ...more,
  });
  await db.insert(assignment).values([
    a('a-b1', 9101, 'hh-b1', 'p-b1', 'cp-b45', { budgetCents: 365_000, startedOn: '2019-01-01' }),
    a('a-b2', 9102, 'hh-b2', 'p-b2', 'cp-b43', {
      volume: 2,
      frequency: '4',
      startDate: '2019-07-01',
      status: 'assigned',
    }),
    a('a-b3', 9103, 'hh-b3', 'p-b3', 'cp-b45', {
      budgetCents: 50_000,
      startDate: '2019-02-01',
      endDate: '2019-06-30',
      status: 'stopped',
      startedOn: '2019-02-01',
      stoppedOn: '2019-03-31',
      stopReason: '31',
    }),
    a('a-b4', 9104, 'hh-b1', 'p-b1', 'cp-b45', {
      budgetCents: 73_000,
      startDate: '2018-12-01',
      endDate: '2019-01-31',
      startedOn: '2018-12-01',
      referrerType: '02',
    }),
  ]);
  const msg = (id: string, direction: 'in' | 'out', type: string) => ({
    tenantId,
    id,
    direction,
    messageType: type,
    berichtIdentificatie: id,
    sender: 'x',
    receiver: 'y',
    xml: '<x/>',
    summary: {},
    validation: {},
    status: direction === 'in' ? ('processed' as const) : ('delivered' as const),
  });
  await db
    .insert(ijwMessage)
    .values([msg('m-b-in', 'in', 'JW323'), msg('m-b-out', 'out', 'JW325'), msg('m-b-in2', 'in', 'JW323')]);
  const decl = (id: string, answer: string | null, incoming: string) => ({
    tenantId,
    id,
    organisationId: 'org-jeugdhulp',
    incomingMessageId: incoming,
    answerMessageId: answer,
    declarationNumber: id,
    periodStart: '2019-01-01',
    periodEnd: '2019-12-31',
    submittedCents: 0,
    approvedCents: 0,
    status: 'partly_approved',
  });
  await db.insert(declaration).values([decl('d-b1', 'm-b-out', 'm-b-in'), decl('d-b2', null, 'm-b-in2')]);
  let ref = 0;
  const line = (
    d: string,
    asg: string,
    n: number,
    cat: string,
    start: string,
    cents: number,
    dc = 'D',
    status = 'approved',
  ) => ({
    tenantId,
    id: `l-b-${++ref}`,
    declarationId: d,
    organisationId: 'org-jeugdhulp',
    clientIndex: 1,
    prestatieIndex: ref,
    assignmentId: asg,
    assignmentNumber: n,
    referenceNumber: `ref-b-${ref}`,
    productCategory: cat,
    periodStart: start,
    periodEnd: start,
    volume: 1,
    unit: '04',
    tariffCents: cents,
    amountCents: cents,
    debitCredit: dc,
    status,
  });
  await db
    .insert(declarationLine)
    .values([
      line('d-b1', 'a-b1', 9101, '45', '2019-01-01', 30_000),
      line('d-b1', 'a-b1', 9101, '45', '2019-02-01', 28_000),
      line('d-b1', 'a-b1', 9101, '45', '2019-02-01', 5_000, 'C'),
      line('d-b1', 'a-b1', 9101, '45', '2019-03-01', 31_000, 'D', 'rejected'),
      line('d-b1', 'a-b3', 9103, '45', '2019-03-01', 20_000),
      line('d-b1', 'a-b2', 9102, '43', '2019-07-01', 40_000),
      line('d-b2', 'a-b1', 9101, '45', '2019-04-01', 10_000),
    ]);
  await db.insert(crisisEpisode).values({
    tenantId,
    id: 'crisis-b1',
    householdId: 'hh-b1',
    reportedVia: 'phone',
    calledAt: new Date('2018-12-20T09:00:00Z'),
    createdBy: 'u-karin',
  });
  await db.insert(protectionMeasure).values({
    tenantId,
    id: 'measure-b1',
    householdId: 'hh-b1',
    personId: 'p-b1',
    kind: 'ots',
    organisationId: 'org-jeugdbescherming',
    caseworkerId: 'u-bram',
    startDate: '2019-02-01',
    endDate: '2020-01-31',
    courtReference: 'C/15/1 / JE RK 19-1',
  });
}
