/**
 * The ECharts option of an outcome bar chart. Apart from the component, so what the chart writes
 * (numbers in the page's language, the hidden-cell word) can be checked without a browser.
 */
import { formatNumber } from '../../i18n/numbers.ts';

export function barOption({
  data,
  value,
  hiddenLabel,
  language,
  text,
  bar,
}: {
  /** [period label, count (null: hidden), shown value]. */
  data: Array<[string, number | null, number | null]>;
  value: 'n' | 'average';
  hiddenLabel: string;
  language: string;
  /** Colours from the theme's tokens. */
  text: string;
  bar: string;
}) {
  // Bar labels and the axis write numbers as the page's language does ("0,7" in Dutch).
  const num = (v: unknown) => (typeof v === 'number' ? formatNumber(v, language) : '');
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: data.map(([label]) => label),
      axisLabel: { color: text, interval: 0, rotate: data.length > 6 ? 45 : 0 },
    },
    yAxis: { type: 'value', axisLabel: { color: text, formatter: num } },
    series: [
      {
        type: 'bar',
        name: '',
        itemStyle: { color: bar },
        label: {
          show: data.length <= 12,
          position: 'top',
          color: text,
          formatter: (p: { value: unknown }) => num(p.value),
        },
        // A hidden count is no bar but the word, never a bar of 0 (which would look like a real zero).
        data: data.map(([, n, v]) =>
          n === null
            ? {
                value: 0,
                label: {
                  show: true,
                  formatter: hiddenLabel,
                  rotate: data.length > 6 ? 90 : 0,
                  align: 'left',
                },
              }
            : // An average over nobody is no bar at all (a 0 would read as a real average).
              (v ?? (value === 'average' ? '-' : 0)),
        ),
      },
    ],
  };
}
