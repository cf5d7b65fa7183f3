// @vitest-environment jsdom
import type { SafetyPlanView } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, ok, problem } from '../../testing/fake-api.ts';
import { safetyPlanView } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { SafetySectionForm } from './SafetySectionForm.tsx';

const path = '/api/households/hh-jansen/plan';

function view(): SafetyPlanView {
  return safetyPlanView(
    {
      goals: [
        { id: 'g1', text: 'Geen ruzie waar Tom bij is', setBy: 'plan' },
        { id: 'g-vt', text: 'Bij geweld direct 112 bellen', setBy: 'veilig_thuis' },
      ],
    },
    {
      networkMembers: [{ id: 'nm-oma', label: 'Oma Ria' }],
      members: [{ personId: 'p-anouk', firstName: 'Anouk' }],
    },
  );
}

const owners = {
  options: [
    { kind: 'household_member', ref: 'p-anouk', label: 'Anouk' },
    { kind: 'network_member', ref: 'nm-oma', label: 'Oma Ria' },
    { kind: 'professional', ref: 'u-sanne', label: 'Sanne' },
  ],
};

function open() {
  const onSaved = vi.fn();
  const page = renderPage(() => <SafetySectionForm view={view()} onSaved={onSaved} onCancel={vi.fn()} />, {
    path: '/plan',
    url: '/plan',
  });
  return { ...page, onSaved };
}

describe('the safety section form', () => {
  it('shows the condition of Veilig Thuis as locked, without a field to change it', async () => {
    fakeApi().on(`GET ${path}/owner-options`, ok(owners));
    open();
    expect(await screen.findByText('Bij geweld direct 112 bellen')).toBeInTheDocument();
    expect(
      screen.getByText('Alleen Voorwaarde van Veilig Thuis kan deze voorwaarde veranderen.'),
    ).toBeInTheDocument();
    expect(screen.queryByDisplayValue('Bij geweld direct 112 bellen')).toBeNull();
    expect(screen.getByLabelText('Doel 1')).toHaveValue('Geen ruzie waar Tom bij is');
  });

  it('says what is missing next to each field and in a summary that takes the focus; sends nothing', async () => {
    const api = fakeApi().on(`GET ${path}/owner-options`, ok(owners));
    const { user, onSaved } = open();
    await screen.findByText('Bij geweld direct 112 bellen');
    screen.getByRole('button', { name: 'Controle toevoegen' }).focus();
    await user.keyboard('{Enter}');
    await user.clear(screen.getByLabelText('Zorg 1'));
    screen.getByRole('button', { name: 'Veiligheid opslaan' }).focus();
    await user.keyboard('{Enter}');
    const summary = await screen.findByText('Het veiligheidsplan is nog niet goed ingevuld:');
    const box = summary.closest('.safety-plan__summary') as HTMLElement;
    await vi.waitFor(() => expect(box).toHaveFocus());
    expect(within(box).getAllByRole('link')).toHaveLength(4);
    const worry = screen.getByLabelText('Zorg 1');
    expect(worry).toHaveAttribute('aria-invalid', 'true');
    expect(worry).toHaveAccessibleDescription('Vul dit in.');
    const check = screen.getByRole('group', { name: 'Controle 1' });
    expect(within(check).getByLabelText('Uiterlijk op')).toHaveAccessibleDescription('Vul een datum in.');
    expect(within(check).getByLabelText('Wie controleert?')).toHaveAccessibleDescription('Maak een keuze.');
    expect(api.requests(`PUT ${path}/safety`)).toHaveLength(0);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('adds a check by keyboard and sends the section with the condition unchanged', async () => {
    const api = fakeApi()
      .on(`GET ${path}/owner-options`, ok(owners))
      .on(`PUT ${path}/safety`, ok({ safetyPlan: view() }));
    const { user, onSaved } = open();
    await screen.findByText('Bij geweld direct 112 bellen');
    screen.getByRole('button', { name: 'Controle toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const check = screen.getByRole('group', { name: 'Controle 1' });
    await within(check).findByRole('option', { name: 'Oma Ria' });
    await user.type(within(check).getByLabelText('Wat controleren we?'), 'Huisbezoek');
    await user.type(within(check).getByLabelText('Uiterlijk op'), '2026-12-15');
    await user.selectOptions(within(check).getByLabelText('Wie controleert?'), 'Oma Ria');
    screen.getByRole('button', { name: 'Veiligheid opslaan' }).focus();
    await user.keyboard(' ');
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(api.requests(`PUT ${path}/safety`)[0]?.body).toMatchObject({
      version: 4,
      goals: [
        { id: 'g1', setBy: 'plan' },
        { id: 'g-vt', text: 'Bij geweld direct 112 bellen', setBy: 'veilig_thuis' },
      ],
      checks: [
        {
          description: 'Huisbezoek',
          dueDate: '2026-12-15',
          checker: { kind: 'network_member', ref: 'nm-oma' },
        },
      ],
    });
  });

  it("shows the server's refusal in Dutch", async () => {
    fakeApi()
      .on(`GET ${path}/owner-options`, ok(owners))
      .on(
        `PUT ${path}/safety`,
        problem('safety_condition_locked', {
          errors: [
            {
              path: 'body.goals',
              code: 'safety_condition_locked',
              message: { nl: 'Alleen Veilig Thuis verandert dit.', en: 'Only Veilig Thuis changes this.' },
            },
          ],
        }),
      );
    const { user } = open();
    await screen.findByText('Bij geweld direct 112 bellen');
    await user.click(screen.getByRole('button', { name: 'Veiligheid opslaan' }));
    expect(await screen.findByText(/Alleen Veilig Thuis verandert dit\./)).toBeInTheDocument();
  });
});
