// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok } from '../../testing/fake-api.ts';
import { familyPlan } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { actionPersonId, PlanAssignmentsSection } from './PlanAssignmentsSection.tsx';

// Lisa (16) is listed before Tom (12): the household's youngest come last.
const members = [
  { personId: 'p-anouk', firstName: 'Anouk', role: 'parent', age: 41 },
  { personId: 'p-lisa', firstName: 'Lisa', role: 'child', age: 16 },
  { personId: 'p-tom', firstName: 'Tom', role: 'child', age: 12 },
];

const providerAction = {
  id: 'act-jeugdhulp',
  goalId: 'goal-tom',
  description: 'Gesprekken met Tom over boosheid en angst',
  owner: { kind: 'provider', ref: 'org-jeugdhulp', label: 'Jeugdhulp Kennemerland' },
  level: 2,
  startDate: null,
  endDate: null,
  status: 'open',
} as const;

const plan = familyPlan({
  members,
  goals: [
    {
      id: 'goal-tom',
      domainCode: 'parenting_development',
      description: 'Tom kan beter met boosheid omgaan',
      achievedWhen: 'Minder ruzie thuis',
      priority: 'high',
      targetDate: null,
      concernsPersonIds: ['p-tom'],
      actions: [providerAction],
    },
  ],
});

const contract = {
  id: 'contract-1',
  organisationId: 'org-jeugdhulp',
  organisationName: 'Jeugdhulp Kennemerland',
  agbCode: '12345678',
  validFrom: '2025-01-01',
  validUntil: null,
  products: [
    {
      id: 'cp-1',
      name: 'Specialistische ambulante jeugdhulp',
      productCategory: '45',
      productCode: '45A03',
      unit: '04',
      tariffCents: 9500,
      executionVariant: 'inspanningsgericht',
    },
  ],
};

describe('"Toewijzen" from a plan action (issue 13, rough edge 4)', () => {
  it('preselects the action\'s person as "Voor wie"', async () => {
    fakeApi()
      .on('GET /api/auth/session', { status: 401, body: {} })
      .on('GET /api/households/hh-jansen/assignments', ok({ assignments: [] }))
      .on('GET /api/contracts', ok({ contracts: [contract] }));
    const { user } = renderPage(() => <PlanAssignmentsSection plan={plan} />, { path: '/', url: '/' });
    await user.click(await screen.findByRole('button', { name: `Toewijzen: ${providerAction.description}` }));
    const select = await screen.findByLabelText('Voor wie');
    expect(select).toHaveDisplayValue('Tom');
  });

  it('prefers the youth of an earlier assignment of the same action', () => {
    expect(actionPersonId(plan, providerAction, [{ personId: 'p-lisa' }])).toBe('p-lisa');
    expect(actionPersonId(plan, providerAction)).toBe('p-tom');
    expect(actionPersonId(plan, { id: 'x', goalId: 'unknown' })).toBe('p-lisa');
  });
});
