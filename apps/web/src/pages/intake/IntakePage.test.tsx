// @vitest-environment jsdom
import type { Intake } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { intakeView } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { IntakePage } from './IntakePage.tsx';

const intakePath = '/api/households/hh-jansen/intake';
const open = () =>
  renderPage(IntakePage, {
    path: '/werkruimte/huishoudens/$householdId/keukentafelgesprek',
    url: '/werkruimte/huishoudens/hh-jansen/keukentafelgesprek',
  });

const savedIntake = (version: number, overrides: Partial<Intake> = {}): Intake => ({
  ...intakeView().intake,
  version,
  updatedByName: 'Sanne de Vries',
  ...overrides,
});

const safetyRequired = {
  nl: 'Beantwoord alle veiligheidsvragen om het gesprek af te ronden.',
  en: 'Answer every safety question to complete the conversation.',
};

describe('intake page (keukentafelgesprek)', () => {
  it('shows the loading state, then the household’s conversation', async () => {
    const answer = held();
    fakeApi().on(`GET ${intakePath}`, answer.answer);
    open();
    expect(await screen.findByRole('status')).toHaveTextContent('Bezig met laden…');
    answer.release(ok(intakeView()));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Keukentafelgesprek – Jansen' }),
    ).toBeVisible();
    expect(screen.getByText('Versie 2, opgeslagen door Sanne de Vries')).toBeInTheDocument();
  });

  it('says in Dutch when the household does not exist', async () => {
    fakeApi().on(`GET ${intakePath}`, problem('not_found'));
    open();
    expect(await screen.findByText('Deze pagina of dit gegeven bestaat niet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });

  it('says what is still empty: no preparation, no suggestions, nothing saved', async () => {
    const empty = intakeView();
    fakeApi().on(
      `GET ${intakePath}`,
      ok({ ...empty, intake: { ...empty.intake, version: 0, domains: [], updatedByName: null } }),
    );
    open();
    expect(await screen.findByText('Het gezin heeft nog niets voorbereid.')).toBeInTheDocument();
    expect(screen.getByText('Het gezin heeft niemand voorgesteld.')).toBeInTheDocument();
    expect(screen.getByText('Nog niet opgeslagen.')).toBeInTheDocument();
  });

  it('is filled in with the keyboard: Space picks a radio, Enter in a field saves', async () => {
    const api = fakeApi()
      .on(`GET ${intakePath}`, ok(intakeView()))
      .on(`PUT ${intakePath}`, ok(savedIntake(3)));
    const { user } = open();
    const unsafe = await screen.findByRole('group', {
      name: 'Voelt iemand in het gezin zich thuis niet veilig?',
    });
    within(unsafe).getByRole('radio', { name: 'Nee' }).focus();
    await user.keyboard(' ');
    expect(within(unsafe).getByRole('radio', { name: 'Nee' })).toBeChecked();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Score Tom – Huisvesting' }), '4');
    await user.type(screen.getByLabelText('Datum van het gesprek'), '{Enter}');
    expect(await screen.findByText('Het keukentafelgesprek is opgeslagen (versie 3).')).toBeInTheDocument();
    expect(api.requests(`PUT ${intakePath}`)[0]?.body).toMatchObject({
      version: 2,
      status: 'draft',
      conductedOn: '2026-11-02',
      safety: { unsafeAtHome: false, violence: null, childConcern: null },
      scores: [{ personId: 'p-tom', domainCode: 'housing', score: 4 }],
    });
  });

  it('shows the server’s Dutch message at each safety question left open', async () => {
    fakeApi()
      .on(`GET ${intakePath}`, ok(intakeView()))
      .on(
        `PUT ${intakePath}`,
        problem('validation_failed', {
          errors: ['unsafeAtHome', 'violence', 'childConcern'].map((q) => ({
            path: `body.safety.${q}`,
            code: 'required',
            message: safetyRequired,
          })),
        }),
      );
    const { user } = open();
    await user.click(await screen.findByRole('radio', { name: 'Afgerond' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const violence = screen.getByRole('group', { name: 'Is er sprake van geweld of dreiging in het gezin?' });
    await expect.poll(() => violence.getAttribute('aria-describedby'), { timeout: 10_000 }).not.toBeNull();
    expect(violence).toHaveAccessibleDescription(safetyRequired.nl);
    expect(screen.getByText(/Niet alle gegevens zijn goed ingevuld/)).toBeInTheDocument();
  });

  it('after a 409 lists what the other person changed and redoes my change on their version', async () => {
    const theirs = intakeView({
      intake: savedIntake(3, {
        domains: [
          { domainCode: 'finances', goesWell: 'Vaste baan', worries: '', wishes: '' },
          { domainCode: 'housing', goesWell: '', worries: 'Huur te hoog', wishes: '' },
        ],
        updatedByName: 'Mohamed Bouzid',
      }),
    });
    const api = fakeApi()
      .on(`GET ${intakePath}`, ok(intakeView()))
      .on(`GET ${intakePath}`, ok(theirs))
      .on(`PUT ${intakePath}`, problem('version_conflict', { currentVersion: 3 }))
      .on(`PUT ${intakePath}`, ok(savedIntake(4)));
    const { user } = open();
    const worries = await screen.findByLabelText('Zorgen – Financiën');
    await user.type(worries, 'Schulden');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const conflict = (
      await screen.findByRole('heading', { name: 'Iemand anders heeft dit intussen gewijzigd' })
    ).parentElement!;
    expect(within(conflict).getByText(/nieuwe versie 3/)).toBeInTheDocument();
    expect(within(conflict).getByRole('listitem')).toHaveTextContent('Leefgebied Huisvesting');

    await user.click(
      within(conflict).getByRole('button', { name: 'Mijn wijzigingen opnieuw toepassen op versie 3' }),
    );
    expect(await screen.findByText('Het keukentafelgesprek is opgeslagen (versie 4).')).toBeInTheDocument();
    const redo = api.requests(`PUT ${intakePath}`)[1]?.body as { version: number; domains: unknown[] };
    expect(redo.version).toBe(3);
    expect(redo.domains).toEqual([
      { domainCode: 'finances', goesWell: 'Vaste baan', worries: 'Schulden', wishes: '' },
      { domainCode: 'housing', goesWell: '', worries: 'Huur te hoog', wishes: '' },
    ]);
  });
});
