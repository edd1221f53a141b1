/** Every chart, by the name MDX uses for it (<AveragesChart /> …). */
import AveragesChart from './averages/Averages.astro';
import NetworkChart from './network/Network.astro';

export const charts = { AveragesChart, NetworkChart };
