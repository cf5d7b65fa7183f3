// @vitest-environment jsdom
import { type SafetyPlanView, safetyCheckAnchor } from '@een-plan/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, ok } from '../../testing/fake-api.ts';
import { safetyPlanView } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { SafetyPlanSection } from './SafetyPlanSection.tsx';

const path = '/api/households/hh-jansen/plan/safety';

/** Lisa's household's safety section as she reads it in the portal. */
function view(over: Partial<SafetyPlanView> = {}): SafetyPlanView {
  return safetyPlanView(
    {
      strengths: [{ id: 's1', text: 'Oma Ria woont dichtbij' }],
      goals: [{ id: 'g-vt', text: 'Bij geweld direct 112 bellen', setBy: 'veilig_thuis' }],
      networkRoles: [
        { id: 'n1', networkMemberId: 'nm-oma', label: 'Oma Ria', task: 'Lisa kan altijd bij haar terecht' },
      ],
    },
    {
      members: [{ personId: 'p-lisa', firstName: 'Lisa' }],
      basis: 'own_household',
      can: { edit: false, setConditions: false, record: false, recordOwnScore: true },
      ...over,
    },
  );
}

function youth(): SafetyPlanView {
  const v = view({ partial: true });
  return {
    ...v,
    section: { ...v.section, worries: [], strengths: [] },
    scores: [
      {
        participant: { kind: 'household_member', ref: 'p-lisa', label: 'Lisa' },
        score: 4,
        scoredOn: '2026-11-20',
      },
    ],
  };
}

const open = () =>
  renderPage(() => <SafetyPlanSection householdId="hh-jansen" hideDenied />, { path: '/plan', url: '/plan' });

describe("a youth's part of the safety section in the portal", () => {
  it('shows what must happen, who helps and her own scores in plain words, not the adults’ worries', async () => {
    fakeApi().on(`GET ${path}`, ok({ safetyPlan: youth() }));
    open();
    expect(
      await screen.findByRole('heading', { name: 'Wat er moet gebeuren zodat jij veilig bent' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Bij geweld direct 112 bellen')).toBeInTheDocument();
    expect(screen.getByText('Oma Ria: Lisa kan altijd bij haar terecht')).toBeInTheDocument();
    expect(screen.getByText('Een 4 op 20 november 2026', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Waar maken we ons zorgen over?' })).toBeNull();
    expect(screen.getByText(/Kindertelefoon, 0800 0432/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Hoe veilig voel jij je thuis?' })).toBeInTheDocument();
  });
});

describe('the family gives its own score', () => {
  it('a parent sends a score of 2 and sees it saved; the form addresses the parent with "u"', async () => {
    const api = fakeApi()
      .on(`GET ${path}`, ok({ safetyPlan: view() }))
      .on(`POST ${path}/scores/own`, ok({ id: 'sc-1' }));
    const { user } = open();
    expect(
      await screen.findByRole('heading', { name: 'Hoe veilig is het thuis? Geef uw eigen cijfer' }),
    ).toBeInTheDocument();
    // A parent reads the whole section.
    expect(screen.getByText('Harde ruzies waar Tom bij is')).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Cijfer geven' });
    expect(button).toBeDisabled();
    await user.type(screen.getByLabelText('Cijfer (0 tot 10)'), '2');
    await user.click(button);
    await vi.waitFor(() => expect(api.requests(`POST ${path}/scores/own`)).toHaveLength(1));
    expect(api.requests(`POST ${path}/scores/own`)[0]?.body).toEqual({ score: 2 });
    expect(await screen.findByText('Dank u wel. Het cijfer is opgeslagen.')).toBeInTheDocument();
  });

  it('shows no score form to someone who may not score themself', async () => {
    fakeApi().on(
      `GET ${path}`,
      ok({
        safetyPlan: view({
          can: { edit: false, setConditions: false, record: false, recordOwnScore: false },
        }),
      }),
    );
    open();
    await screen.findByText('Harde ruzies waar Tom bij is');
    expect(screen.queryByRole('button', { name: 'Cijfer geven' })).toBeNull();
  });
});

describe('a missed check’s task opens the plan at that check', () => {
  it('gives the check the focus once the section is shown', async () => {
    const check = {
      id: 'c-oma',
      description: 'Oma Ria belt na het weekend',
      dueDate: '2026-11-01',
      checker: { kind: 'network_member' as const, ref: 'nm-oma', label: 'Oma Ria' },
    };
    const v = view();
    fakeApi().on(`GET ${path}`, ok({ safetyPlan: { ...v, section: { ...v.section, checks: [check] } } }));
    renderPage(() => <SafetyPlanSection householdId="hh-jansen" />, {
      path: '/plan',
      url: `/plan#${safetyCheckAnchor('c-oma')}`,
    });
    const item = (await screen.findByText('Oma Ria belt na het weekend', { exact: false })).closest('li');
    await vi.waitFor(() => expect(item).toHaveFocus());
    expect(item).toHaveTextContent('Niet op tijd gedaan');
  });
});
