/**
 * The ECharts parts the plan's trend charts use (line chart and grid), on top of the outcome
 * dashboards' setup. A threshold is a dashed series of its own: the mark-line component would
 * take the echarts chunk over its budget (vite.config.ts).
 */
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { echarts } from '../outcomes/echarts-setup.ts';

echarts.use([LineChart, GridComponent]);

export { keepSized, tokenColour } from '../outcomes/echarts-setup.ts';
export { echarts };
