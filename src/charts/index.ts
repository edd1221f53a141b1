/** Every chart, by the name MDX uses for it (<AveragesChart /> …). */
import AveragesChart from './averages/Averages.astro';
import ShareChart from './share/Share.astro';
import YearEndChart from './year-end/YearEnd.astro';

export const charts = { AveragesChart, ShareChart, YearEndChart };
