/** Every chart, by the name MDX uses for it (<AveragesChart /> …). */
import AveragesChart from './averages/Averages.astro';
import ScaleChart from './scale/Scale.astro';
import CasePathChart from './case-path/CasePath.astro';

export const charts = { AveragesChart, ScaleChart, CasePathChart };
