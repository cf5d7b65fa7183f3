// @vitest-environment jsdom

import { FUTURE_PLAN_TOPICS } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok, problem } from '../../testing/fake-api.ts';
import { sportTopic as sport } from '../../testing/fixtures.ts';
import { openFuturePlanAdmin } from '../../testing/open-pages.ts';

/** Settings as the API answers them: the municipality never reordered, own topics after the standard ones. */
const settingsOf = (startAgeMonths: number, customTopics: (typeof sport)[]) => ({
  startAgeMonths,
  customTopics,
  topicOrder: [...FUTURE_PLAN_TOPICS, ...customTopics].map((topic) => topic.key),
});

describe('toekomstplan settings', () => {
  it('lists the standard and own topics and saves the start age in months', async () => {
    const api = fakeApi()
      .on('GET /api/admin/future-plan-settings', ok(settingsOf(198, [sport])))
      .on('PUT /api/admin/future-plan-settings', ok(settingsOf(192, [sport])));
    const { user } = openFuturePlanAdmin();
    const table = await screen.findByRole('table');
    const own = within(table)
      .getByRole('rowheader', { name: 'Sport en cultuur' })
      .closest('tr') as HTMLElement;
    expect(within(own).getByText('Eigen onderwerp')).toBeInTheDocument();
    expect(within(own).getByText('2 maanden vóór 18')).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Zorgverzekering' })).toBeInTheDocument();

    const age = screen.getByLabelText('Het toekomstplan begint bij de leeftijd');
    expect(age).toHaveValue('198');
    await user.selectOptions(age, '16 jaar');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De leeftijd is opgeslagen.')).toBeInTheDocument();
    expect(api.requests('PUT /api/admin/future-plan-settings')[0]?.body).toEqual({ startAgeMonths: 192 });
  });

  it('says at each field what is wrong and sends nothing until all is right', async () => {
    const api = fakeApi()
      .on('GET /api/admin/future-plan-settings', ok(settingsOf(198, [sport])))
      .on('POST /api/admin/future-plan-topics', {
        status: 201,
        body: settingsOf(198, [sport, { ...sport, key: 'vrienden' }]),
      });
    const { user } = openFuturePlanAdmin();
    await user.type(await screen.findByLabelText('Sleutel'), 'Sport!');
    await user.clear(screen.getByLabelText('Klaar hoeveel maanden vóór 18?'));
    await user.type(screen.getByLabelText('Klaar hoeveel maanden vóór 18?'), '30');
    await user.click(screen.getByRole('button', { name: 'Onderwerp toevoegen' }));
    expect(screen.getByLabelText('Sleutel')).toHaveAccessibleDescription(
      expect.stringContaining('Gebruik 2 tot 40 kleine letters'),
    );
    expect(screen.getByLabelText('Naam (Nederlands)')).toBeInvalid();
    expect(screen.getAllByText('Vul een naam in van hoogstens 80 tekens.')).toHaveLength(2);
    expect(screen.getByText('Vul een heel getal in van 0 tot en met 18.')).toBeInTheDocument();

    // A key the municipality already uses is caught before the server is asked.
    await user.clear(screen.getByLabelText('Sleutel'));
    await user.type(screen.getByLabelText('Sleutel'), 'sport');
    await user.click(screen.getByRole('button', { name: 'Onderwerp toevoegen' }));
    expect(screen.getByText('Deze sleutel is al in gebruik. Kies een andere.')).toBeInTheDocument();
    expect(api.requests('POST /api/admin/future-plan-topics')).toHaveLength(0);

    await user.clear(screen.getByLabelText('Sleutel'));
    await user.type(screen.getByLabelText('Sleutel'), 'vrienden');
    await user.type(screen.getByLabelText('Naam (Nederlands)'), 'Vrienden');
    await user.type(screen.getByLabelText('Naam (Engels)'), 'Friends');
    await user.type(screen.getByLabelText('Uitleg (Nederlands)'), 'Wie blijft er na 18?');
    await user.type(screen.getByLabelText('Uitleg (Engels)'), 'Who stays after 18?');
    await user.clear(screen.getByLabelText('Klaar hoeveel maanden vóór 18?'));
    await user.type(screen.getByLabelText('Klaar hoeveel maanden vóór 18?'), '3');
    await user.click(screen.getByRole('button', { name: 'Onderwerp toevoegen' }));
    expect(await screen.findByText('Het onderwerp is toegevoegd aan elk toekomstplan.')).toBeInTheDocument();
    expect(api.requests('POST /api/admin/future-plan-topics')[0]?.body).toEqual({
      key: 'vrienden',
      title: { nl: 'Vrienden', en: 'Friends' },
      explanation: { nl: 'Wie blijft er na 18?', en: 'Who stays after 18?' },
      monthsBefore18: 3,
    });
  });

  it('shows the server’s words when it refuses (a key added meanwhile by someone else)', async () => {
    fakeApi()
      .on('GET /api/admin/future-plan-settings', ok(settingsOf(198, [])))
      .on('POST /api/admin/future-plan-topics', problem('future_plan_topic_exists'));
    const { user } = openFuturePlanAdmin();
    await user.type(await screen.findByLabelText('Sleutel'), 'vrienden');
    await user.type(screen.getByLabelText('Naam (Nederlands)'), 'Vrienden');
    await user.type(screen.getByLabelText('Naam (Engels)'), 'Friends');
    await user.type(screen.getByLabelText('Uitleg (Nederlands)'), 'Wie blijft er na 18?');
    await user.type(screen.getByLabelText('Uitleg (Engels)'), 'Who stays after 18?');
    await user.click(screen.getByRole('button', { name: 'Onderwerp toevoegen' }));
    expect(
      await screen.findByText('Er is al een onderwerp met deze sleutel. Kies een andere sleutel.'),
    ).toBeInTheDocument();
  });
});
