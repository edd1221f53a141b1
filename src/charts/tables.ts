/**
 * Every chart's table and sources by chart id, so /data/charts/<chart-id>.csv is built
 * without rendering the pages. Each chart's .astro passes the same table to ChartFrame;
 * tests/site/chart-downloads.test.ts checks the two agree and every chart on / is here.
 */
import type { SourcedTable } from './shared/table';
import { assistanceTable } from './assistance/table';
import { averagesTable } from './averages/table';
import { casePathTable } from './case-path/table';
import { caseTypesTable } from './case-types/table';
import { networkTable } from './network/table';
import { scaleTable } from './scale/table';
import { shareTable } from './share/table';
import { timelineTable } from './timeline/table';
import { yearEndTable } from './year-end/table';

export const chartTables: Record<string, () => SourcedTable> = {
  'chart-averages': () => averagesTable(),
  'chart-scale': () => scaleTable(),
  'chart-case-path': () => casePathTable(),
  'chart-case-types': () => caseTypesTable(),
  'chart-timeline': () => timelineTable(),
  'chart-share': () => shareTable(),
  'chart-year-end': () => yearEndTable(),
  'chart-network': () => networkTable(),
  'chart-assistance': () => assistanceTable(),
};
