// @vitest-environment jsdom
import { Assignment } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok, problem } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { ProviderAssignmentsPage, reportRange } from './ProviderAssignmentsPage.tsx';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function assignment(overrides: Partial<Assignment> = {}): Assignment {
  return Assignment.parse({
    id: 'asg-1',
    assignmentNumber: 1004,
    householdId: 'hh-jansen',
    personId: 'p-tom',
    personFirstName: 'Tom',
    planActionId: 'act-1',
    organisationId: 'org-jeugdhulp',
    organisationName: 'Jeugdhulp Kennemerland',
    productName: 'Specialistische ambulante jeugdhulp',
    productCategory: '45',
    productCode: '45A03',
    executionVariant: 'inspanningsgericht',
    volume: 1,
    unit: '04',
    frequency: '2',
    startDate: day(-10),
    endDate: day(60),
    referrerType: '01',
    budgetCents: 95_000,
    status: 'assigned',
    startedOn: null,
    stoppedOn: null,
    stopReason: null,
    startDueDate: null,
    startOverdue: false,
    version: 1,
    ...overrides,
  });
}

function open(a: Assignment) {
  const api = fakeApi()
    .on('GET /api/provider/assignments', ok({ assignments: [a], nextCursor: null }))
    .on('GET /api/provider/assignment-requests', ok({ requests: [], products: [] }));
  const view = renderPage(ProviderAssignmentsPage, { path: '/aanbieder', url: '/aanbieder' });
  return { api, ...view };
}

describe('reporting a start (issue 13, rough edge 3)', () => {
  it('defaults to a date the municipality accepts and explains the allowed range', async () => {
    const a = assignment();
    const { api, user } = open(a);
    await user.click(await screen.findByRole('button', { name: 'Start melden voor toewijzing 1004' }));
    const field = screen.getByLabelText('Datum van de start');
    expect(field).toHaveValue(day(0));
    expect(field).toHaveAttribute('min', a.startDate);
    expect(field).toHaveAttribute('max', day(0));
    expect(field).toHaveAccessibleDescription(/Kies de dag waarop de hulp echt begon: vanaf .* tot en met/);
    api.on('POST /api/provider/assignments/asg-1/start', ok({ accepted: true }));
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText(/De start is gemeld/)).toBeInTheDocument();
    expect(api.requests('POST /api/provider/assignments/asg-1/start')[0]?.body).toEqual({
      version: 1,
      startDate: day(0),
    });
  });

  it('says when the start cannot be reported yet, instead of sending a date that will be rejected', async () => {
    const { user } = open(assignment({ startDate: day(3), endDate: day(60) }));
    await user.click(await screen.findByRole('button', { name: 'Start melden voor toewijzing 1004' }));
    expect(
      screen.getByText(/Deze toewijzing begint op .*U kunt de start melden vanaf die dag/),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Datum van de start')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Versturen' })).toBeDisabled();
  });

  it('shows each retourcode of a rejected start in words', async () => {
    const { api, user } = open(assignment());
    await user.click(await screen.findByRole('button', { name: 'Start melden voor toewijzing 1004' }));
    api.on(
      'POST /api/provider/assignments/asg-1/start',
      problem('assignment_message_rejected', {
        errors: [
          {
            path: 'Client/StartProducten/StartProduct[1]',
            code: '9019',
            message: {
              nl: 'Het regie bericht kan niet gekoppeld worden aan een toewijzing.',
              en: 'The start or stop message cannot be linked to an assignment.',
            },
          },
        ],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    const alert = await screen.findByText('De gemeente heeft het bericht afgekeurd. De retourcodes:');
    const box = alert.closest('[class*="alert"]') ?? alert.parentElement!;
    expect(
      within(box as HTMLElement).getByText(
        'Code 9019: Het regie bericht kan niet gekoppeld worden aan een toewijzing.',
      ),
    ).toBeInTheDocument();
    expect(within(box as HTMLElement).getByText(/staan bij Berichten/)).toBeInTheDocument();
  });
});

describe('reportRange', () => {
  it('keeps a stop between the start and today', () => {
    expect(
      reportRange(
        'stop',
        { startDate: '2026-01-01', endDate: '2026-12-31', startedOn: '2026-02-01' },
        '2026-06-01',
      ),
    ).toEqual({ min: '2026-02-01', max: '2026-06-01', defaultDate: '2026-06-01' });
    expect(
      reportRange('start', { startDate: '2026-01-01', endDate: '2026-03-31', startedOn: null }, '2026-06-01'),
    ).toEqual({ min: '2026-01-01', max: '2026-03-31', defaultDate: '2026-03-31' });
  });
});
