/** Every chart, by the name MDX uses for it (<AveragesChart /> …). */
import AveragesChart from './averages/Averages.astro';
import ScaleChart from './scale/Scale.astro';

export const charts = { AveragesChart, ScaleChart };
