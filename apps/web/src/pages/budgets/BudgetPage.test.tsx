// @vitest-environment jsdom
import { BudgetOverview } from '@een-plan/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { BudgetPage } from './BudgetPage.tsx';

const money = { budgetCents: 500_000, committedCents: 401_500, spentCents: 73_000, forecastCents: 292_000 };
const overview = (over: Partial<BudgetOverview> = {}) =>
  BudgetOverview.parse({
    year: new Date().getFullYear(),
    areaId: null,
    monthsElapsed: 3,
    areas: [
      { id: 'area-hoofddorp-oost', name: 'Hoofddorp-Oost' },
      { id: 'area-nieuw-vennep', name: 'Nieuw-Vennep' },
    ],
    lines: [],
    rows: [{ areaId: 'area-nieuw-vennep', level: '2', productCategory: '45', ...money }],
    byProvider: [],
    byMonth: [],
    byVariant: [],
    taskFields: [],
    total: money,
    ...over,
  });

const show = () => renderPage(BudgetPage, { path: '/budget', url: '/budget' });
const csvLink = () => screen.getByRole('link', { name: 'Download als CSV' });

describe('budget page', () => {
  it('offers the CSV export of the figures shown, with the filter and the language', async () => {
    const api = fakeApi().on('GET /api/budgets', ok(overview()));
    show();
    const year = new Date().getFullYear();
    expect(await screen.findByRole('link', { name: 'Download als CSV' })).toHaveAttribute(
      'href',
      `/api/budgets/export?year=${year}&lang=nl`,
    );
    expect(csvLink()).toHaveAttribute('download');
    await userEvent.selectOptions(screen.getByLabelText('Gebied'), 'area-nieuw-vennep');
    expect((await screen.findByRole('link', { name: 'Download als CSV' })).getAttribute('href')).toBe(
      `/api/budgets/export?year=${year}&areaId=area-nieuw-vennep&lang=nl`,
    );
    expect(api.requests('GET /api/budgets').at(-1)?.query.get('areaId')).toBe('area-nieuw-vennep');
  });

  it('shows loading, then says so when there is nothing for the year (and offers no empty file)', async () => {
    const wait = held();
    fakeApi().on('GET /api/budgets', () => wait.answer);
    show();
    expect(await screen.findByRole('status')).toBeInTheDocument();
    wait.release(
      ok(
        overview({ rows: [], total: { budgetCents: 0, committedCents: 0, spentCents: 0, forecastCents: 0 } }),
      ),
    );
    expect(await screen.findByText(/nog geen budgetten ingesteld/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Download als CSV' })).toBeNull();
  });

  it('an error (a final one, not retried by itself) offers to try again, and trying again shows the figures', async () => {
    fakeApi().on('GET /api/budgets', problem('forbidden')).on('GET /api/budgets', ok(overview()));
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('link', { name: 'Download als CSV' })).toBeInTheDocument();
  });
});
