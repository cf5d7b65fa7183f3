// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { StepForm } from './StepForm.tsx';

const url = '/api/safety/tracks/t-1/entries';
const open = () =>
  renderPage(() => <StepForm trackId="t-1" correcting={null} onDone={() => {}} />, {
    path: '/werkruimte/meldcode/$trackId',
    url: '/werkruimte/meldcode/t-1',
  });

describe('a meldcode step on the screen', () => {
  it('says which fields a step still needs, marks them, and sends nothing', async () => {
    const fake = fakeApi();
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Opslaan' }));
    expect(
      await screen.findByText('Er ontbreken nog 3 dingen. Kijk bij de rode meldingen.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Feiten: wat hebt u gezien of gehoord?')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByLabelText('Datum van het signaal')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Uw interpretatie (apart van de feiten)')).not.toHaveAttribute(
      'aria-invalid',
    );
    expect(fake.requests(`POST ${url}`)).toHaveLength(0);
  });

  it('refuses a half-answered afwegingskader question, then sends the whole answers', async () => {
    const fake = fakeApi().on(`POST ${url}`, { status: 201, body: { id: 'e-1' } });
    const { user } = open();
    await user.selectOptions(await screen.findByLabelText('Welke stap?'), 'weighing');
    await user.type(screen.getByLabelText('Risico'), 'Spanning thuis.');
    await user.type(screen.getByLabelText('Aard van de zorgen'), 'Ruzies');
    const q1 = screen.getByRole('group', { name: /1\. Is er een vermoeden/ });
    await user.click(q1.querySelector('input[value="yes"]') as HTMLInputElement);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Schrijf een reden bij uw antwoord.')).toBeInTheDocument();
    expect(fake.requests(`POST ${url}`)).toHaveLength(0);
    await user.type(screen.getByLabelText('Reden bij vraag 1'), 'Signalen van school.');
    expect(screen.queryByText('Schrijf een reden bij uw antwoord.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await expect.poll(() => fake.requests(`POST ${url}`).length).toBe(1);
    expect(fake.requests(`POST ${url}`)[0]?.body).toEqual({
      content: {
        step: 'weighing',
        risk: 'Spanning thuis.',
        nature: 'Ruzies',
        severity: 'medium',
        answers: { q1Suspicion: { answer: true, reason: 'Signalen van school.' } },
      },
    });
  });
});
