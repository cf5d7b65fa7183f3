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
