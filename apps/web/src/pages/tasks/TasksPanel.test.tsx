// @vitest-environment jsdom
import type { Task, TaskList } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { TasksPanel } from './TasksPanel.tsx';

const open = (limit?: number) =>
  renderPage(() => <TasksPanel limit={limit} />, { path: '/werkruimte', url: '/werkruimte' });

function task(over: Partial<Task> = {}): Task {
  return {
    id: 'task-1',
    kind: 'approval_waiting',
    subjectType: 'assignment',
    subjectId: 'asg-1',
    householdId: 'hh-jansen',
    link: '/werkruimte/huishoudens/hh-jansen/plan',
    assignee: { type: 'team', teamId: 'team-nieuw-vennep' },
    dueDate: '2026-01-05',
    overdue: true,
    status: 'open',
    closedReason: null,
    createdAt: '2026-01-01T09:00:00Z',
    closedAt: null,
    ...over,
  };
}

const list = (items: Task[], total = items.length, nextCursor: string | null = null): TaskList => ({
  items,
  total,
  nextCursor,
});

describe('TasksPanel', () => {
  it('shows the loading state until the tasks arrive', async () => {
    const answer = held();
    fakeApi().on('GET /api/tasks', answer.answer);
    open();
    expect(await screen.findByRole('status')).toHaveTextContent('Bezig met laden…');
    answer.release(ok(list([])));
    expect(await screen.findByText('U hebt geen open taken.')).toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    fakeApi().on('GET /api/tasks', ok(list([])));
    open();
    expect(await screen.findByText('U hebt geen open taken.')).toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    fakeApi().on('GET /api/tasks', problem('forbidden'));
    open();
    expect(await screen.findByRole('heading', { name: 'Er ging iets mis' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /opnieuw/i })).toBeInTheDocument();
  });

  it('lists tasks with due date, overdue marking and a link to the subject; Done closes one', async () => {
    const api = fakeApi()
      .on(
        'GET /api/tasks',
        ok(
          list([
            task(),
            task({
              id: 'task-2',
              kind: 'evaluation_due',
              overdue: false,
              assignee: { type: 'user', userId: 'u-sanne' },
              link: '/werkruimte/huishoudens/hh-jansen/plan',
              dueDate: '2026-02-01',
            }),
          ]),
        ),
      )
      .on('POST /api/tasks/task-2/done', ok(task({ id: 'task-2', status: 'done' })));
    const { user } = open();
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0]!);
    expect(first.getByRole('link', { name: 'Toewijzing wacht op uw goedkeuring' })).toHaveAttribute(
      'href',
      '/werkruimte/huishoudens/hh-jansen/plan',
    );
    expect(items[0]).toHaveTextContent('Uiterlijk 5 januari 2026');
    expect(items[0]).toHaveTextContent('Te laat');
    expect(items[0]).toHaveTextContent('Voor het team');
    expect(items[1]).not.toHaveTextContent('Te laat');
    await user.click(within(items[1]!).getByRole('button', { name: 'Klaar' }));
    await screen.findAllByRole('listitem');
    expect(api.requests('POST /api/tasks/task-2/done')).toHaveLength(1);
  });

  it('links a missed check of a safety plan to that check on the plan page (path and fragment)', async () => {
    fakeApi().on(
      'GET /api/tasks',
      ok(
        list([
          task({
            kind: 'safety_check_missed',
            subjectType: 'safety_check',
            subjectId: 'c-oma',
            link: '/werkruimte/huishoudens/hh-jansen/plan#veiligheidscontrole-c-oma',
          }),
        ]),
      ),
    );
    open();
    expect(
      await screen.findByRole('link', { name: 'Veiligheidsplan: controle niet op tijd gedaan' }),
    ).toHaveAttribute('href', '/werkruimte/huishoudens/hh-jansen/plan#veiligheidscontrole-c-oma');
  });

  it('needs a reason to dismiss, from the keyboard too, and sends it', async () => {
    const api = fakeApi()
      .on('GET /api/tasks', ok(list([task()])))
      .on('POST /api/tasks/task-1/dismiss', ok(task({ status: 'dismissed', closedReason: 'Al besproken' })));
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Wegzetten' }));
    const reason = screen.getByRole('textbox', { name: 'Waarom is er geen actie nodig?' });
    expect(reason).toHaveFocus();
    await user.keyboard('{Enter}');
    // Enter in a textarea adds a line; submit with the button.
    await user.click(screen.getByRole('button', { name: 'Wegzetten' }));
    expect(await screen.findByText('Geef een reden op (minstens 3 tekens).')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests('POST /api/tasks/task-1/dismiss')).toHaveLength(0);
    await user.type(reason, 'Al besproken');
    await user.click(screen.getByRole('button', { name: 'Wegzetten' }));
    await screen.findAllByRole('listitem');
    expect(api.requests('POST /api/tasks/task-1/dismiss')[0]?.body).toEqual({ reason: 'Al besproken' });
  });

  it('Escape closes the dismiss form without sending', async () => {
    const api = fakeApi().on('GET /api/tasks', ok(list([task()])));
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Wegzetten' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(api.requests('POST /api/tasks/task-1/dismiss')).toHaveLength(0);
  });

  it('with a limit, links to all tasks when there are more', async () => {
    fakeApi().on('GET /api/tasks', ok(list([task()], 7, 'next-page')));
    open(1);
    expect(await screen.findByRole('link', { name: 'Alle taken (7)' })).toHaveAttribute('href', '/taken');
    // The home's panel shows its few tasks only: no "Meer laden" there.
    expect(screen.queryByRole('button', { name: 'Meer taken laden' })).not.toBeInTheDocument();
  });

  it('loads the next page after the last one with its cursor, below the tasks read', async () => {
    const api = fakeApi()
      .on('GET /api/tasks', ok(list([task()], 2, 'cursor-1')))
      .on('GET /api/tasks', ok(list([task({ id: 'task-2', kind: 'evaluation_due' })], 2)));
    const { user } = open();
    expect(await screen.findAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Meer taken laden' }));
    expect(await screen.findByRole('link', { name: /evaluatie/i })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const [first, second] = api.requests('GET /api/tasks');
    expect(first?.query.get('cursor')).toBeNull();
    expect(second?.query.get('cursor')).toBe('cursor-1');
    expect(screen.queryByRole('button', { name: 'Meer taken laden' })).not.toBeInTheDocument();
  });
});
