/**
 * The ECharts parts the plan's trend charts use (line chart, grid, a mark line for a threshold,
 * SVG renderer), on top of the outcome dashboards' setup.
 */
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import { echarts } from '../outcomes/echarts-setup.ts';

echarts.use([LineChart, GridComponent, MarkLineComponent]);

export { tokenColour } from '../outcomes/echarts-setup.ts';
export { echarts };
