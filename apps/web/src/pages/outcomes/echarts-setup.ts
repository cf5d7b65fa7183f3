/**
 * Only the ECharts parts the dashboards use (bar chart, grid, tooltip, SVG renderer), so the
 * outcomes chunk stays small; the page itself is lazy-loaded by the router.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export { echarts };

/** A theme token's current value (the tenant may have set its own colours). */
export function tokenColour(token: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(token).trim() || fallback;
}
