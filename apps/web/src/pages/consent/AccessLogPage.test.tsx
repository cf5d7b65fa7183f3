// @vitest-environment jsdom
import { AccessLogPage as AccessLogPageSchema, AccessTopic, AccessVerb } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { consentEn } from '../../i18n/consent.en.ts';
import { consentNl } from '../../i18n/consent.nl.ts';
import { fakeApi, ok } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { AccessLogPage } from './AccessLogPage.tsx';

const entry = (seq: number, over: Record<string, unknown> = {}) => ({
  seq,
  occurredAt: `2026-11-20T09:${String(10 + (seq % 40)).padStart(2, '0')}:00.000Z`,
  who: 'Sanne de Vries',
  organisation: 'Sociaal team Nieuw-Vennep',
  role: 'coordinator',
  action: 'plan.read',
  section: 'plan',
  basis: 'relationship',
  consentId: null,
  outcome: 'success',
  activity: { verb: 'viewed', topic: 'plan' },
  ...over,
});

// A coordinator's page load (four rows, newest first) and a provider's refused attempt.
const sanne = [
  entry(14, {
    action: 'self_reliance.read',
    section: 'self_reliance',
    activity: { verb: 'viewed', topic: 'self_reliance' },
  }),
  entry(13, { action: 'consent.list', section: 'consent', activity: { verb: 'viewed', topic: 'consents' } }),
  entry(12),
  entry(11, {
    action: 'household.read',
    section: 'household',
    activity: { verb: 'viewed', topic: 'household' },
  }),
];
const fatima = [
  entry(15, {
    who: 'Fatima El Amrani',
    organisation: 'Jeugdhulp Kennemerland',
    role: 'provider',
    action: 'plan.read_shared',
    outcome: 'denied',
    basis: 'other',
  }),
];
const page = AccessLogPageSchema.parse({
  householdId: 'hh-jansen',
  page: 1,
  pageSize: 20,
  hasMore: false,
  visits: [
    {
      id: '15',
      startedAt: fatima[0]?.occurredAt,
      endedAt: fatima[0]?.occurredAt,
      who: 'Fatima El Amrani',
      organisation: 'Jeugdhulp Kennemerland',
      role: 'provider',
      outcome: 'denied',
      bases: [],
      entries: fatima,
    },
    {
      id: '11',
      startedAt: sanne[3]?.occurredAt,
      endedAt: sanne[0]?.occurredAt,
      who: 'Sanne de Vries',
      organisation: 'Sociaal team Nieuw-Vennep',
      role: 'coordinator',
      outcome: 'success',
      bases: ['relationship'],
      entries: sanne,
    },
  ],
  entries: [...fatima, ...sanne],
});

const open = () =>
  renderPage(AccessLogPage, { path: '/mijn-plan/wie-heeft-gekeken', url: '/mijn-plan/wie-heeft-gekeken' });

describe('the family’s access log (wie heeft mijn gegevens bekeken)', () => {
  it('shows one line per visit in plain Dutch, details on demand, no codes', async () => {
    fakeApi().on('GET /api/my/access-log', ok(page));
    const { user } = open();
    const list = await screen.findByRole('list', { name: 'Wie keek wanneer naar uw gegevens' });
    const visits = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(visits).toHaveLength(2);
    expect(visits[1]).toHaveTextContent(
      'Sanne de Vries (regisseur) bekeek de gegevens van uw gezin, uw gezinsplan, de toestemmingen en de scores over hoe het gaat',
    );
    expect(visits[1]).toHaveTextContent('Waarom mocht dit: betrokken bij uw gezin');
    expect(visits[0]).toHaveTextContent(
      'Fatima El Amrani (hulpverlener) kreeg geen toegang tot uw gezinsplan',
    );
    expect(visits[0]).toHaveTextContent('Dit mocht niet.');
    // No audit code and no "Overig" anywhere on the page.
    const text = document.body.textContent ?? '';
    for (const code of [
      'consent.list',
      'household.read',
      'self_reliance.read',
      'plan.read_shared',
      'Overig',
    ]) {
      expect(text).not.toContain(code);
    }
    // Every row of the visit is there, behind a disclosure.
    const details = within(visits[1] as HTMLElement).getByText('Meer over dit bezoek (4 keer)');
    const rows = within(visits[1] as HTMLElement).getAllByRole('listitem');
    expect(rows).toHaveLength(4);
    expect(rows[0]).not.toBeVisible();
    await user.click(details);
    expect(rows[0]).toBeVisible();
    expect(rows[3]).toHaveTextContent(
      'bekeek de gegevens van uw gezin (Sociaal team Nieuw-Vennep) – Betrokken bij uw gezin',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('downloads the CSV and the PDFs in the language the person reads the app in', async () => {
    fakeApi().on('GET /api/my/access-log', ok(page));
    open();
    await screen.findByRole('list', { name: 'Wie keek wanneer naar uw gegevens' });
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href') ?? '';
    expect(href('Download als tabel voor Excel (CSV)')).toContain('lang=nl');
    expect(href('Download als pdf')).toMatch(/^\/api\/my\/access-log\.pdf\?lang=nl/);
    expect(href('Al mijn gegevens als leesbare pdf')).toBe('/api/my/data-export.pdf?lang=nl');
  });

  it('has words for every activity and role the server can send, in Dutch and English', () => {
    for (const texts of [consentNl, consentEn]) {
      for (const verb of AccessVerb.options) expect(texts.accessWords.verbs[verb], verb).toMatch(/\S/);
      for (const topic of AccessTopic.options) expect(texts.accessWords.topics[topic], topic).toMatch(/\S/);
    }
  });
});
