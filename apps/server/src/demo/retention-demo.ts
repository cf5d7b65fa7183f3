/**
 * Dossiers for the retention story, with synthetic dates far in the past: the Vroeg household's
 * help ended in 2004 (youth care) — more than 20 years ago, so it is due for destruction; the Laat
 * household's Wmo plan ended in 2008 (15 years: passed) but its youth care in 2010 (20 years: not
 * yet), so the longest term keeps it.
 */
import { insertDemoAssignments } from '../assignments/demo-rows.ts';
import type { Executor } from '../db/database.ts';
import { demoHouseholdExists, insertDemoHouseholdRows } from '../households/demo.ts';
import { seal } from '../plans/crypto.ts';
import { insertDemoPlanRows } from '../plans/demo.ts';
import { testBsn } from './test-bsn.ts';

type Old = {
  id: string;
  name: string;
  street: string;
  houseNumber: string;
  planClosed: string;
  careEnded: string;
  assignmentNumber: number;
  people: Array<{ id: string; firstName: string; role: string; birthDate: string; bsn: number }>;
};

const RETENTION_DEMO: Old[] = [
  {
    id: 'hh-r-0001',
    name: 'Vroeg',
    street: 'Oude Gracht',
    houseNumber: '3',
    planClosed: '2003-06-30',
    careEnded: '2004-03-31',
    assignmentNumber: 90_001,
    people: [
      { id: 'p-r-0001-a', firstName: 'Greet', role: 'gezagsdrager', birthDate: '1965-02-11', bsn: 900 },
      { id: 'p-r-0001-b', firstName: 'Bas', role: 'kind', birthDate: '1990-08-23', bsn: 901 },
    ],
  },
  {
    id: 'hh-r-0002',
    name: 'Laat',
    street: 'Nieuwe Gracht',
    houseNumber: '8',
    planClosed: '2008-09-30',
    careEnded: '2010-12-31',
    assignmentNumber: 90_002,
    people: [
      { id: 'p-r-0002-a', firstName: 'Ria', role: 'gezagsdrager', birthDate: '1970-05-01', bsn: 902 },
      { id: 'p-r-0002-b', firstName: 'Tim', role: 'kind', birthDate: '1996-12-12', bsn: 903 },
    ],
  },
];

export async function loadRetentionDemo(tx: Executor, tenantId: string) {
  for (const h of RETENTION_DEMO) {
    if (await demoHouseholdExists(tx, tenantId, h.id)) continue;
    const household = {
      tenantId,
      id: h.id,
      name: `Familie ${h.name}`,
      postcode: '3511 AA',
      houseNumber: h.houseNumber,
      street: h.street,
      city: 'Utrecht',
      status: 'closed',
      closedOn: h.planClosed,
    };
    await insertDemoHouseholdRows(tx, {
      households: [household],
      people: h.people.map((p) => ({
        tenantId,
        id: p.id,
        bsn: testBsn(p.bsn),
        firstName: p.firstName,
        lastName: h.name,
        birthDate: p.birthDate,
      })),
      members: h.people.map((p) => ({
        tenantId,
        householdId: h.id,
        personId: p.id,
        memberRole: p.role,
        since: '2002-01-01',
        until: h.planClosed,
      })),
    });
    const plan = {
      tenantId,
      id: `plan-${h.id}`,
      householdId: h.id,
      state: 'closed' as const,
      vision: seal('Oud plan (synthetische demo).'),
      createdBy: 'u-sanne',
      createdAt: new Date(`${h.planClosed.slice(0, 4)}-01-15T10:00:00Z`),
      closedAt: new Date(`${h.planClosed}T12:00:00Z`),
      closedReason: 'goals_achieved' as const,
    };
    await insertDemoPlanRows(tx, { plans: [plan] });
    const child = h.people.find((p) => p.role === 'kind');
    await insertDemoAssignments(tx, [
      {
        tenantId,
        id: `asg-${h.id}`,
        assignmentNumber: h.assignmentNumber,
        householdId: h.id,
        personId: child?.id ?? '',
        organisationId: 'org-jeugdhulp',
        contractProductId: 'cp-jeugdhulp-ambulant',
        volume: 1,
        unit: '04',
        frequency: '2',
        startDate: `${h.careEnded.slice(0, 4)}-01-01`,
        endDate: h.careEnded,
        referrerType: '01',
        budgetCents: 0,
        status: 'stopped',
        stoppedOn: h.careEnded,
        createdBy: 'u-sanne',
        createdAt: new Date(`${h.careEnded.slice(0, 4)}-01-01T10:00:00Z`),
      },
    ]);
  }
}
