/**
 * Only the ECharts parts the dashboards use (bar chart, grid, SVG renderer; no tooltip: the value
 * labels and the table carry the figures), so the chunks stay small; the page is lazy-loaded.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, SVGRenderer]);

export { echarts };

/** A theme token's current value (the tenant may have set its own colours). */
export function tokenColour(token: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(token).trim() || fallback;
}

/** Keeps a chart the size of its element; the answer stops that and disposes the chart (an effect's cleanup). */
export function keepSized(chart: ReturnType<typeof echarts.init>, element: HTMLElement): () => void {
  const resize = () => chart.resize();
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
  observer?.observe(element);
  return () => {
    observer?.disconnect();
    chart.dispose();
  };
}
