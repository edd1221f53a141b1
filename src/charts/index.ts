/**
 * Every chart, once. Each is defined in src/charts/<name>/chart.ts with the id
 * "chart-<name>"; the MDX components (components.ts) and /data/charts/<id>.csv both come from this list.
 */
import type { ChartDefinition } from './common/chart';
import { assistance } from './assistance/chart';
import { averages } from './averages/chart';
import { casePath } from './case-path/chart';
import { caseTypesChart } from './case-types/chart';
import { network } from './network/chart';
import { scale } from './scale/chart';
import { share } from './share/chart';
import { timeline } from './timeline/chart';
import { yearEnd } from './year-end/chart';

export const charts: ChartDefinition<any, any>[] = [averages, scale, casePath, caseTypesChart, timeline, share, yearEnd, network, assistance];

export const getChart = (id: string): ChartDefinition<any, any> | undefined => charts.find((c) => c.id === id);
