/** Every chart, by the name MDX uses for it (<AveragesChart /> …). */
import AveragesChart from './averages/Averages.astro';
import ScaleChart from './scale/Scale.astro';
import CasePathChart from './case-path/CasePath.astro';
import CaseTypesChart from './case-types/CaseTypes.astro';
import TimelineChart from './timeline/Timeline.astro';
import ShareChart from './share/Share.astro';
import YearEndChart from './year-end/YearEnd.astro';
import NetworkChart from './network/Network.astro';
import AssistanceChart from './assistance/Assistance.astro';

export const charts = {
  AveragesChart,
  ScaleChart,
  CasePathChart,
  CaseTypesChart,
  TimelineChart,
  ShareChart,
  YearEndChart,
  NetworkChart,
  AssistanceChart,
};
