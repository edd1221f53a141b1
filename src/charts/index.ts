/** Every chart, by the name MDX uses for it (<AveragesChart /> …). */
import AveragesChart from './averages/Averages.astro';
import NetworkChart from './network/Network.astro';
import AssistanceChart from './assistance/Assistance.astro';

export const charts = { AveragesChart, NetworkChart, AssistanceChart };
