// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok, problem } from '../../testing/fake-api.ts';
import { sessionAs } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { SignalFormPage } from './SignalFormPage.tsx';

const open = () => renderPage(SignalFormPage, { path: '/melden', url: '/melden' });

// What the server's schema validation answers for an empty first name and a malformed postcode.
const invalidSignal = problem('validation_failed', {
  errors: [
    {
      path: 'body.subject.firstName',
      code: 'too_small',
      message: { nl: 'Deze waarde is te kort of te klein.', en: 'This value is too short or too small.' },
    },
    {
      path: 'body.address.postcode',
      code: 'invalid_format',
      message: {
        nl: 'Deze waarde heeft niet de juiste vorm.',
        en: 'This value does not have the right format.',
      },
    },
  ],
});

describe('signal form (zorgen melden)', () => {
  it('shows the life domains by name on the first render, without asking the server', async () => {
    const api = fakeApi().on('GET /api/auth/session', ok(sessionAs('source')));
    open();
    await screen.findByRole('heading', { name: 'Zorgen melden' });
    // Names from the i18n bundle, in the same render as the page: no code (e.g. "parenting_development")
    // while something loads, and no request for them (an unexpected request fails the test).
    expect(screen.getByRole('checkbox', { name: 'Huisvesting' })).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Opvoeding en ontwikkeling van het kind' }),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox', { name: /_/ })).toHaveLength(0);
    expect(api.requests('GET /api/referrals/life-domains')).toHaveLength(0);
  });

  it('speaks plainly to a resident: topics in everyday words, what to do when someone is unsafe, no meldcode', async () => {
    fakeApi().on('GET /api/auth/session', ok(sessionAs('resident')));
    const { user } = open();
    expect(await screen.findByRole('group', { name: 'Onderwerpen' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Geld en schulden' })).toBeInTheDocument();
    expect(screen.queryByText('Leefgebieden')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /misschien niet veilig/ }));
    expect(screen.getByRole('heading', { name: 'Is iemand misschien niet veilig?' })).toBeInTheDocument();
    expect(screen.queryByText(/meldcode/i)).not.toBeInTheDocument();
  });

  it('labels every field and moves through them in reading order with Tab', async () => {
    fakeApi().on('GET /api/auth/session', ok(sessionAs('source')));
    const { user } = open();
    await screen.findByRole('checkbox', { name: 'Huisvesting' });
    const order = ['Voornaam', 'Achternaam', 'Geboortedatum', 'BSN (als u dat weet)', 'Straat', 'Huisnummer'];
    await user.click(screen.getByLabelText(order[0]!));
    for (const label of order.slice(1)) {
      await user.tab();
      expect(document.activeElement).toBe(screen.getByLabelText(label));
    }
    expect(screen.getByLabelText('BSN (als u dat weet)')).toHaveAccessibleDescription(
      'Niet verplicht. Een BSN heeft 9 cijfers.',
    );
  });

  it('ticks a life domain with Space and sends the form with Enter', async () => {
    const api = fakeApi()
      .on('GET /api/auth/session', ok(sessionAs('source')))
      .on('POST /api/referrals', {
        status: 201,
        body: {
          id: 'ref-1',
          status: 'received',
          urgency: 'normal',
          teamName: 'Sociaal team Nieuw-Vennep',
          outsideTenant: false,
          meldcodeGuidance: false,
        },
      });
    const { user } = open();
    const housing = await screen.findByRole('checkbox', { name: 'Huisvesting' });
    housing.focus();
    await user.keyboard(' ');
    expect(housing).toBeChecked();
    await user.type(screen.getByLabelText('Voornaam'), 'Tom');
    await user.type(screen.getByLabelText('Achternaam'), 'Jansen{Enter}');
    expect(await screen.findByRole('heading', { name: 'Uw melding is ontvangen' })).toBeInTheDocument();
    expect(screen.getByText(/Sociaal team Nieuw-Vennep neemt uw melding op/)).toBeInTheDocument();
    const [sent] = api.requests('POST /api/referrals');
    expect(sent?.headers.get('x-csrf-token')).toBe('csrf-test-token');
    expect(sent?.body).toMatchObject({
      subject: { firstName: 'Tom', lastName: 'Jansen' },
      lifeDomains: ['housing'],
      urgency: 'normal',
    });
  });

  it('shows the server’s Dutch messages at the fields it refused', async () => {
    fakeApi()
      .on('GET /api/auth/session', ok(sessionAs('source')))
      .on('POST /api/referrals', invalidSignal);
    const { user } = open();
    await screen.findByRole('checkbox', { name: 'Huisvesting' });
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    const firstName = screen.getByLabelText('Voornaam');
    await expect.poll(() => firstName.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    expect(firstName).toHaveAccessibleDescription('Deze waarde is te kort of te klein.');
    expect(screen.getByLabelText('Postcode')).toHaveAccessibleDescription(
      'Bijvoorbeeld 2151 AB Deze waarde heeft niet de juiste vorm.',
    );
    expect(screen.getByLabelText('Achternaam')).not.toHaveAttribute('aria-invalid');
    const summary = screen.getByRole('heading', { name: 'Er ging iets mis' }).parentElement!;
    expect(within(summary).getByText(/Niet alle gegevens zijn goed ingevuld/)).toBeInTheDocument();
  });

  it('marks a possibly unsafe situation urgent and shows the meldcode', async () => {
    fakeApi().on('GET /api/auth/session', ok(sessionAs('source')));
    const { user } = open();
    await screen.findByRole('checkbox', { name: 'Huisvesting' });
    await user.click(screen.getByRole('checkbox', { name: /misschien niet veilig/ }));
    expect(screen.getByRole('heading', { name: /Meldcode huiselijk geweld/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /spoed/i })).toBeChecked();
  });
});
