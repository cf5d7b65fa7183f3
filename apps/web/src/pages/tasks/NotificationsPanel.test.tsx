// @vitest-environment jsdom
import type { Notification, NotificationList } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { NotificationsPanel } from './NotificationsPanel.tsx';

const open = () => renderPage(() => <NotificationsPanel />, { path: '/taken', url: '/taken' });

function note(over: Partial<Notification> = {}): Notification {
  return {
    id: 'n-1',
    kind: 'tasks_assigned',
    count: 3,
    link: '/taken',
    read: false,
    createdAt: '2026-11-28T08:30:00Z',
    ...over,
  };
}

const list = (items: Notification[]): NotificationList => ({
  items,
  unread: items.filter((n) => !n.read).length,
});

describe('NotificationsPanel', () => {
  it('shows the loading state, then the empty state without a button', async () => {
    const answer = held();
    fakeApi().on('GET /api/notifications', answer.answer);
    open();
    expect(await screen.findByText('Bezig met laden…')).toBeInTheDocument();
    answer.release(ok(list([])));
    expect(await screen.findByText('U hebt geen meldingen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Alles gelezen' })).not.toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    fakeApi().on('GET /api/notifications', problem('forbidden'));
    open();
    expect(await screen.findByRole('heading', { name: 'Er ging iets mis' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /opnieuw/i })).toBeInTheDocument();
  });

  it('marks new notifications, and "Alles gelezen" (from the keyboard) marks them all read', async () => {
    const api = fakeApi()
      .on(
        'GET /api/notifications',
        ok(list([note(), note({ id: 'n-2', count: 1, read: true, createdAt: '2026-11-20T10:00:00Z' })])),
      )
      .on(
        'GET /api/notifications',
        ok(list([note({ read: true }), note({ id: 'n-2', count: 1, read: true })])),
      )
      .on('POST /api/notifications/read', ok({ updated: 1 }));
    const { user } = open();
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('U hebt 3 nieuwe taken gekregen');
    expect(within(items[0]!).getByText('Nieuw')).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('U hebt 1 nieuwe taak gekregen');
    expect(within(items[1]!).queryByText('Nieuw')).not.toBeInTheDocument();
    // A notification that points to this page needs no link.
    expect(within(items[0]!).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('1 nieuw')).toBeInTheDocument();

    const button = screen.getByRole('button', { name: 'Alles gelezen' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Alle meldingen zijn gelezen.')).toBeInTheDocument();
    // No ids: all of mine.
    expect(api.requests('POST /api/notifications/read')).toHaveLength(1);
    expect(api.requests('POST /api/notifications/read')[0]?.body).toEqual({});
    expect(screen.queryByText('Nieuw')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Alles gelezen' })).not.toBeInTheDocument();
    // The button went away: the keyboard user lands on the heading.
    expect(screen.getByRole('heading', { name: 'Meldingen' })).toHaveFocus();
  });

  it('shows the newest five and the rest on request', async () => {
    const many = Array.from({ length: 7 }, (_, i) => note({ id: `n-${i}`, count: i + 1, read: true }));
    fakeApi().on('GET /api/notifications', ok(list(many)));
    const { user } = open();
    expect(await screen.findAllByRole('listitem')).toHaveLength(5);
    const more = screen.getByRole('button', { name: 'Toon alle meldingen (7)' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(screen.getAllByRole('listitem')).toHaveLength(7);
    expect(screen.getByRole('button', { name: 'Toon minder' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('links a notification about another page', async () => {
    fakeApi().on(
      'GET /api/notifications',
      ok(list([note({ kind: 'something_else', link: '/werkruimte/noodtoegang', read: true })])),
    );
    open();
    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent('Nieuwe melding');
    expect(within(item).getByRole('link', { name: 'Bekijken' })).toHaveAttribute(
      'href',
      '/werkruimte/noodtoegang',
    );
  });
});
