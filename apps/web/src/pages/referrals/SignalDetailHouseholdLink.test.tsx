// @vitest-environment jsdom
import { ReferralDetail } from '@een-plan/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { SignalDetailPage } from './SignalDetailPage.tsx';

function signal(overrides: Partial<ReferralDetail>): ReferralDetail {
  return ReferralDetail.parse({
    id: 'ref-1',
    version: 2,
    teamId: 'team-nieuw-vennep',
    teamName: 'Sociaal team Nieuw-Vennep',
    outsideTenant: false,
    status: 'coordinator_assigned',
    level: 1,
    subject: { firstName: 'Tom', lastName: 'Jansen', birthDate: '2014-03-15', hasBsn: true },
    address: { street: 'Kruisweg', houseNumber: '12', postcode: '2151 AB', city: 'Nieuw-Vennep' },
    lifeDomains: ['parenting_development'],
    worry: 'Tom komt vaak moe op school.',
    urgency: 'normal',
    possibleUnsafety: false,
    familyKnows: true,
    familyAgrees: true,
    familyContact: 'Moeder',
    reporterName: 'Marloes Bakker',
    reporterContact: '0252 111 222',
    coordinatorId: 'u-sanne',
    coordinatorName: 'Sanne de Vries',
    householdId: 'hh-jansen',
    householdMatch: 'bsn',
    followUpDate: null,
    referredOfferId: null,
    waitingTimes: {
      receivedAt: '2026-11-20T09:00:00Z',
      firstContactAt: null,
      planAgreedAt: null,
      workingDaysToFirstContact: null,
      workingDaysWaitingSoFar: 3,
      workingDaysToPlanAgreed: null,
      firstContactNormDays: 5,
      firstContactDueDate: '2026-11-27',
      firstContactOverdue: false,
    },
    ...overrides,
  });
}

const open = (detail: ReferralDetail) => {
  fakeApi()
    .on('GET /api/referrals/ref-1', ok(detail))
    .on(
      'GET /api/referrals/team-coordinators',
      ok({ items: [{ id: 'u-sanne', displayName: 'Sanne de Vries' }] }),
    );
  return renderPage(SignalDetailPage, { path: '/aanmeldingen/$referralId', url: '/aanmeldingen/ref-1' });
};

describe('a triaged signal', () => {
  it('links to the household it was matched to', async () => {
    open(signal({}));
    expect(await screen.findByRole('link', { name: 'Naar het huishouden' })).toHaveAttribute(
      'href',
      '/werkruimte/huishoudens/hh-jansen',
    );
  });

  it('offers no household link while there is no household', async () => {
    open(signal({ status: 'received', level: null, householdId: null, householdMatch: null }));
    expect(await screen.findByRole('heading', { level: 1, name: /Tom Jansen/ })).toBeInTheDocument();
    expect(await screen.findByText('Tom komt vaak moe op school.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Naar het huishouden' })).not.toBeInTheDocument();
  });
});
