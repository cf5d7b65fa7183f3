// @vitest-environment jsdom
import type { OutcomeDashboard } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n/i18n.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { barOption } from './bar-option.ts';
import { AreaTable, Chart, NormParagraph } from './OutcomeSections.tsx';

const figure = (
  measure: OutcomeDashboard['figures'][number]['measure'],
  period: string,
  n: number,
  average: number | null,
) => ({
  measure,
  dimension: 'all',
  dimensionLabel: null,
  level: 'all' as const,
  period,
  n,
  average,
});

const dashboard: OutcomeDashboard = {
  year: 2026,
  years: [2026],
  period: 'quarter',
  areaId: null,
  computedAt: null,
  minimumCell: 5,
  roundedTo5: false,
  firstContactNormDays: 5,
  areas: [{ id: 'area-nv', name: 'Nieuw-Vennep' }],
  figures: [
    figure('first_contact', 'y', 1234, 0.7),
    figure('first_contact', 'q1', 1000, 2.5),
    figure('first_contact', 'q2', 234, 0.7),
    figure('first_contact_within_norm', 'y', 888, null),
  ],
  byArea: [{ areaId: 'area-nv', measure: 'first_contact', n: 1234, average: 0.7 }],
};

function Page() {
  return (
    <>
      <NormParagraph d={dashboard} />
      <Chart d={dashboard} measure="first_contact" value="average" />
      <AreaTable d={dashboard} measures={['first_contact']} />
    </>
  );
}

const show = () => renderPage(Page, { path: '/uitkomsten', url: '/uitkomsten' });

afterEach(async () => {
  await changeLanguage('nl');
});

describe('numbers on the outcomes page follow the language', () => {
  it('writes Dutch decimals and thousands in the summary, the table alternative and the area table', async () => {
    show();
    expect(
      await screen.findByText('In 2026: gemiddeld 0,7 (over 1.234). Hoogste periode: Kwartaal 1 (2,5).'),
    ).toBeInTheDocument();
    const perPeriod = screen.getByRole('table', { name: /cijfers per periode/ });
    const q1 = within(perPeriod).getByRole('row', { name: /Kwartaal 1/ });
    expect(
      within(q1)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.000', '2,5']);
    const byArea = screen.getByRole('table', { name: /gebied/i });
    expect(within(byArea).getByRole('cell', { name: '0,7 (1.234)' })).toBeInTheDocument();
    expect(screen.getByText(/Binnen de norm: 72%/)).toBeInTheDocument();
  });

  it('writes English decimals with a point in English', async () => {
    await changeLanguage('en');
    show();
    expect(await screen.findByText(/average 0\.7 \(over 1,234\)/)).toBeInTheDocument();
    const byArea = screen.getByRole('table', { name: /area/i });
    expect(within(byArea).getByRole('cell', { name: '0.7 (1,234)' })).toBeInTheDocument();
  });
});

describe("the chart's labels follow the language", () => {
  const option = (language: string) =>
    barOption({
      data: [
        ['Kwartaal 1', 1000, 2.5],
        ['Kwartaal 2', null, null],
      ],
      value: 'average',
      hiddenLabel: 'verborgen',
      language,
      text: '#000',
      bar: '#00f',
    });

  it('writes bar labels and the value axis with a decimal comma and thousands point in Dutch', () => {
    const o = option('nl');
    expect(o.series[0]!.label.formatter({ value: 0.7 })).toBe('0,7');
    expect(o.yAxis.axisLabel.formatter(1234)).toBe('1.234');
    // A hidden cell keeps its word, not a number.
    expect(o.series[0]!.data[1]).toMatchObject({ label: { formatter: 'verborgen' } });
  });

  it('writes them with a decimal point in English', () => {
    const o = option('en');
    expect(o.series[0]!.label.formatter({ value: 0.7 })).toBe('0.7');
    expect(o.yAxis.axisLabel.formatter(1234)).toBe('1,234');
  });
});
