// @vitest-environment jsdom

import { FUTURE_PLAN_TOPICS } from '@een-plan/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { sportTopic as sport } from '../../testing/fixtures.ts';
import { openFuturePlanAdmin } from '../../testing/open-pages.ts';

const retired = { ...sport, active: false, deactivatedAt: '2026-11-30T09:00:00.000Z' };
const standardKeys = FUTURE_PLAN_TOPICS.map((topic) => topic.key);
/** The settings of a municipality that never reordered: own topics after the standard ones. */
type OwnTopic = Omit<typeof sport, 'deactivatedAt'> & { deactivatedAt: string | null };
const settings = (...customTopics: OwnTopic[]) =>
  ordered([...standardKeys, ...customTopics.map((topic) => topic.key)], ...customTopics);
/** The settings with every topic, standard and own, in the given order. */
const ordered = (topicOrder: string[], ...customTopics: OwnTopic[]) =>
  ok({ startAgeMonths: 198, customTopics, topicOrder });

const row = async (name: string) =>
  (await screen.findByRole('rowheader', { name })).closest('tr') as HTMLElement;

describe('the municipality’s own toekomstplan topics', () => {
  it('edits a topic with the keyboard: the form opens filled in, says what is wrong, and saves', async () => {
    const api = fakeApi()
      .on('GET /api/admin/future-plan-settings', settings(sport))
      .on(
        'PUT /api/admin/future-plan-topics/sport',
        settings({ ...sport, title: { nl: 'Sport', en: 'Sport' }, monthsBefore18: 4 }),
      );
    const { user } = openFuturePlanAdmin();
    const edit = within(await row('Sport en cultuur')).getByRole('button', {
      name: 'Sport en cultuur wijzigen',
    });
    edit.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Onderwerp wijzigen: Sport en cultuur' })).toHaveFocus();
    expect(screen.getByText('Sleutel: sport (blijft hetzelfde)')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Onderwerp wijzigen: Sport en cultuur' });
    const nl = within(form).getByLabelText('Naam (Nederlands)');
    expect(nl).toHaveValue('Sport en cultuur');

    // Empty, then a name a standard topic already has: each said at the field, nothing sent.
    await user.clear(nl);
    await user.click(within(form).getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(nl).toHaveAccessibleDescription('Vul een naam in van hoogstens 80 tekens.');
    await user.type(nl, 'digid');
    await user.click(within(form).getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(nl).toHaveAccessibleDescription('Er is al een onderwerp met deze naam. Kies een andere naam.');
    expect(api.requests('PUT /api/admin/future-plan-topics/sport')).toHaveLength(0);

    await user.clear(nl);
    await user.type(nl, 'Sport');
    await user.clear(within(form).getByLabelText('Naam (Engels)'));
    await user.type(within(form).getByLabelText('Naam (Engels)'), 'Sport');
    await user.clear(within(form).getByLabelText('Klaar hoeveel maanden vóór 18?'));
    await user.type(within(form).getByLabelText('Klaar hoeveel maanden vóór 18?'), '4');
    await user.click(within(form).getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('Het onderwerp is gewijzigd.')).toBeInTheDocument();
    expect(api.requests('PUT /api/admin/future-plan-topics/sport')[0]?.body).toEqual({
      title: { nl: 'Sport', en: 'Sport' },
      explanation: sport.explanation,
      monthsBefore18: 4,
    });
    expect(screen.queryByRole('form', { name: /Onderwerp wijzigen/ })).not.toBeInTheDocument();
    expect(within(await row('Sport')).getByText('4 maanden vóór 18')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sport wijzigen' })).toHaveFocus();
  });

  it('shows the server’s words when a name was taken meanwhile, and cancels without sending', async () => {
    const api = fakeApi()
      .on('GET /api/admin/future-plan-settings', settings(sport))
      .on('PUT /api/admin/future-plan-topics/sport', problem('future_plan_topic_title_exists'));
    const { user } = openFuturePlanAdmin();
    await user.click(await screen.findByRole('button', { name: 'Sport en cultuur wijzigen' }));
    const form = screen.getByRole('form', { name: 'Onderwerp wijzigen: Sport en cultuur' });
    await user.click(within(form).getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(
      await within(form).findByText(
        'Er is al een onderwerp met deze naam. Kies een andere naam, in het Nederlands en in het Engels.',
      ),
    ).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('form', { name: /Onderwerp wijzigen/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sport en cultuur wijzigen' })).toHaveFocus();
    expect(api.requests('PUT /api/admin/future-plan-topics/sport')).toHaveLength(1);
  });

  it('asks before it stops using a topic, says what happens to plans, and uses it again', async () => {
    const api = fakeApi()
      .on('GET /api/admin/future-plan-settings', settings(sport))
      .on('POST /api/admin/future-plan-topics/sport/deactivate', settings(retired))
      .on('POST /api/admin/future-plan-topics/sport/reactivate', settings(sport));
    const { user } = openFuturePlanAdmin();
    const stop = await screen.findByRole('button', { name: 'Sport en cultuur niet meer gebruiken' });
    await user.click(stop);
    expect(screen.getByRole('heading', { name: 'Sport en cultuur niet meer gebruiken?' })).toHaveFocus();
    expect(screen.getByText(/Plannen waarin het al is ingevuld, houden het antwoord/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(api.requests('POST /api/admin/future-plan-topics/sport/deactivate')).toHaveLength(0);
    expect(stop).toHaveFocus();

    await user.click(stop);
    await user.click(screen.getByRole('button', { name: 'Ja, niet meer gebruiken' }));
    expect(await screen.findByText('Sport en cultuur wordt niet meer gebruikt.')).toBeInTheDocument();
    expect(within(await row('Sport en cultuur')).getByText('Niet meer in gebruik')).toBeInTheDocument();
    const again = screen.getByRole('button', { name: 'Sport en cultuur weer gebruiken' });
    expect(again).toHaveFocus();

    await user.click(again);
    expect(await screen.findByText('Sport en cultuur wordt weer gebruikt.')).toBeInTheDocument();
    expect(api.requests('POST /api/admin/future-plan-topics/sport/reactivate')).toHaveLength(1);
    expect(within(await row('Sport en cultuur')).getByText('In gebruik')).toBeInTheDocument();
  });

  it('puts standard and own topics in one order with the keyboard: sent, shown and said; focus stays', async () => {
    const phone = { ...sport, key: 'phone', title: { nl: 'Telefoon', en: 'Phone' } };
    const [first, second, ...rest] = standardKeys as [string, string, ...string[]];
    const digidFirst = [second, first, ...rest, 'sport', 'phone'];
    const sportUp = [second, first, ...rest.slice(0, -1), 'sport', rest.at(-1) as string, 'phone'];
    const api = fakeApi()
      .on('GET /api/admin/future-plan-settings', settings(sport, phone))
      .on('PUT /api/admin/future-plan-topic-order', ordered(digidFirst, sport, phone))
      .on('PUT /api/admin/future-plan-topic-order', ordered(sportUp, sport, phone));
    const { user } = openFuturePlanAdmin();
    expect(await screen.findByText(/vaste en eigen onderwerpen samen/)).toBeInTheDocument();
    // A standard topic has the buttons too; the first has no Up, the last no Down.
    const up = await screen.findByRole('button', { name: 'DigiD een plek omhoog zetten' });
    expect(screen.queryByRole('button', { name: 'Zorgverzekering een plek omhoog zetten' })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Zorgverzekering een plek omlaag zetten' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Telefoon een plek omlaag zetten' })).toBeNull();
    up.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(`DigiD staat nu op plek 1 van ${digidFirst.length}.`)).toBeInTheDocument();
    expect(api.requests('PUT /api/admin/future-plan-topic-order')[0]?.body).toEqual({ keys: digidFirst });
    const titles = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(titles().slice(0, 2)).toEqual(['DigiD', 'Zorgverzekering']);
    // Now first, it has no Up: the keyboard goes to its Down.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'DigiD een plek omlaag zetten' })).toHaveFocus(),
    );

    // An own topic moves in among the standard ones.
    await user.click(screen.getByRole('button', { name: 'Sport en cultuur een plek omhoog zetten' }));
    expect(
      await screen.findByText(
        `Sport en cultuur staat nu op plek ${sportUp.length - 2} van ${sportUp.length}.`,
      ),
    ).toBeInTheDocument();
    expect(api.requests('PUT /api/admin/future-plan-topic-order')[1]?.body).toEqual({ keys: sportUp });
    const lastStandard = FUTURE_PLAN_TOPICS.at(-1)?.title.nl;
    expect(titles().slice(-3)).toEqual(['Sport en cultuur', lastStandard, 'Telefoon']);
  });

  it('says so when the list changed meanwhile', async () => {
    const phone = { ...sport, key: 'phone', title: { nl: 'Telefoon', en: 'Phone' } };
    fakeApi()
      .on('GET /api/admin/future-plan-settings', settings(sport, phone))
      .on('PUT /api/admin/future-plan-topic-order', problem('future_plan_topic_order_mismatch'));
    const { user } = openFuturePlanAdmin();
    await user.click(await screen.findByRole('button', { name: 'Telefoon een plek omhoog zetten' }));
    expect(await screen.findByText(/De lijst met onderwerpen is intussen veranderd/)).toBeInTheDocument();
  });

  it('shows loading, then says when there are no own topics yet', async () => {
    const first = held();
    fakeApi().on('GET /api/admin/future-plan-settings', first.answer);
    openFuturePlanAdmin();
    expect(await screen.findByRole('status')).toHaveTextContent('Bezig met laden…');
    first.release(settings());
    expect(
      await screen.findByText('Uw gemeente heeft nog geen eigen onderwerpen. Voeg er hieronder een toe.'),
    ).toBeInTheDocument();
  });

  it('shows an error with a way to try again', async () => {
    fakeApi().on('GET /api/admin/future-plan-settings', problem('internal_error'));
    openFuturePlanAdmin();
    expect(await screen.findByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Er ging iets mis' })).toBeInTheDocument();
  });
});
