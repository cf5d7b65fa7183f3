// @vitest-environment jsdom
import type { FamilyPlan } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, ok, problem } from '../../testing/fake-api.ts';
import { familyPlan, ownerOptions } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { PlanEditor } from './PlanEditor.tsx';

const planPath = '/api/households/hh-jansen/plan';

function openEditor(plan: FamilyPlan, onReload: () => Promise<FamilyPlan | null> = async () => plan) {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  const reload = vi.fn(onReload);
  const view = renderPage(
    () => <PlanEditor plan={plan} onSaved={onSaved} onCancel={onCancel} onReload={reload} />,
    { path: '/plan', url: '/plan' },
  );
  return { ...view, onSaved, onCancel, onReload: reload };
}

function planApi() {
  return fakeApi().on(`GET ${planPath}/owner-options`, ok(ownerOptions));
}

describe('plan editor', () => {
  it('labels every field of a goal and its action', async () => {
    planApi();
    openEditor(familyPlan());
    const goal = await screen.findByRole('group', { name: 'Doel 1' });
    expect(within(goal).getByLabelText('Omschrijving van het doel')).toHaveValue(
      'Tom gaat elke dag naar school',
    );
    expect(within(goal).getByLabelText('Het is gelukt als')).toHaveValue('Vier weken zonder verzuim');
    expect(await within(goal).findByRole('option', { name: 'Huisvesting' })).toBeInTheDocument();
    expect(within(goal).getByLabelText('Leefgebied')).toHaveValue('parenting_development');
    const action = within(goal).getByRole('group', { name: 'Actie 1 bij doel 1' });
    expect(within(action).getByLabelText('Wat gebeurt er')).toHaveValue('Wekker samen zetten');
    expect(await within(action).findByRole('option', { name: 'Anouk' })).toBeInTheDocument();
    expect(within(action).getByLabelText('Uitvoerder')).toHaveValue('p-anouk');
  });

  it('adds a goal with Enter, ticks whom it concerns with Space and saves with Space', async () => {
    const api = planApi().on(
      `PUT ${planPath}`,
      ok({ plan: familyPlan({ version: 4 }), householdId: 'hh-jansen' }),
    );
    const { user, onSaved } = openEditor(familyPlan());
    await screen.findAllByRole('option', { name: 'Huisvesting' });
    screen.getByRole('button', { name: 'Doel toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const goal = screen.getByRole('group', { name: 'Doel 2' });
    await user.selectOptions(within(goal).getByLabelText('Leefgebied'), 'Huisvesting');
    await user.type(
      within(goal).getByLabelText('Omschrijving van het doel'),
      'Een rustige slaapkamer voor Tom',
    );
    await user.type(within(goal).getByLabelText('Het is gelukt als'), 'Tom slaapt op zijn eigen kamer');
    within(goal).getByRole('checkbox', { name: 'Tom' }).focus();
    await user.keyboard(' ');
    screen.getByRole('button', { name: 'Plan opslaan' }).focus();
    await user.keyboard(' ');
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce(), { timeout: 10_000 });
    const [sent] = api.requests(`PUT ${planPath}`);
    expect(sent?.body).toMatchObject({
      version: 3,
      goals: [
        { id: 'goal-1' },
        {
          domainCode: 'housing',
          description: 'Een rustige slaapkamer voor Tom',
          achievedWhen: 'Tom slaapt op zijn eigen kamer',
          concernsPersonIds: ['p-tom'],
          priority: 'medium',
        },
      ],
    });
  });

  it('lists the fields the server refused, in Dutch', async () => {
    planApi().on(
      `PUT ${planPath}`,
      problem('validation_failed', {
        errors: [
          {
            path: 'body.goals.0.description',
            code: 'too_small',
            message: {
              nl: 'Deze waarde is te kort of te klein.',
              en: 'This value is too short or too small.',
            },
          },
        ],
      }),
    );
    const { user, onSaved } = openEditor(familyPlan());
    await user.clear(await screen.findByLabelText('Omschrijving van het doel'));
    await user.click(screen.getByRole('button', { name: 'Plan opslaan' }));
    const alert = await screen.findByText(/Niet alle gegevens zijn goed ingevuld/);
    expect(alert.closest('.utrecht-alert')).toHaveTextContent(
      'goals.0.description: Deze waarde is te kort of te klein.',
    );
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('after a 409 shows what the other person changed and starts again from the latest version', async () => {
    const latest = familyPlan({ version: 4, vision: 'Tom en Anouk hebben rust in huis.' });
    const api = planApi()
      .on(`PUT ${planPath}`, problem('version_conflict', { currentVersion: 4 }))
      .on(
        `GET ${planPath}/diff`,
        ok({
          from: 3,
          to: 4,
          vision: { from: 'Tom gaat weer met plezier naar school.', to: 'Tom en Anouk hebben rust in huis.' },
          goals: { added: [{ id: 'goal-2', description: 'Schulden op orde' }], removed: [], changed: [] },
          actions: { added: [], removed: [], changed: [] },
        }),
      );
    const { user, onSaved, onReload } = openEditor(familyPlan(), async () => latest);
    await user.type(await screen.findByLabelText('Wat het gezin wil, in eigen woorden'), ' Mijn wijziging.');
    await user.click(screen.getByRole('button', { name: 'Plan opslaan' }));

    expect(
      await screen.findByRole('heading', { name: 'Iemand anders heeft het plan intussen gewijzigd' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/sinds versie 3/)).toBeInTheDocument();
    expect(screen.getByText('Doel toegevoegd: Schulden op orde')).toBeInTheDocument();
    expect(api.requests(`GET ${planPath}/diff`)[0]?.query.toString()).toBe('from=3&to=4');
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Opnieuw beginnen met de nieuwste versie' }));
    expect(onReload).toHaveBeenCalledOnce();
    expect(await screen.findByLabelText('Wat het gezin wil, in eigen woorden')).toHaveValue(
      'Tom en Anouk hebben rust in huis.',
    );
    expect(screen.queryByRole('heading', { name: /intussen gewijzigd/ })).not.toBeInTheDocument();
  });

  it('cancels without saving', async () => {
    const api = planApi();
    const { user, onCancel } = openEditor(familyPlan());
    await user.click(await screen.findByRole('button', { name: 'Annuleren' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(api.requests(`PUT ${planPath}`)).toHaveLength(0);
  });
});
