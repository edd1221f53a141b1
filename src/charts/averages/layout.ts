/**
 * Average per case and per person: one horizontal bar per average, on a shared
 * yuan scale, each with its value and the formula that produced it.
 * Pure: data and width in, marks out.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { LayoutOptions, Rect, Tip } from '../common/chart';
import { barValue, firstBaseline, latinMetrics, linesHeight, textBlock, type BarValue, type TextBlock } from '../common/text';
import { round1, textWidth, wrapText } from '../../lib/measure';

/** An average as the chart draws it: its number and its words (chart.ts). */
export interface AverageDatum {
  id: string;
  /** "Per livelihood case". */
  label: string;
  value: number;
  /** "about 81,000 yuan". */
  valueText: string;
  /** "about 51.7 billion yuan ÷ about 640,000 cases". */
  formula: string;
  colour: 'livelihood' | 'migrant' | 'assistance';
}

export interface AverageBar {
  id: string;
  colour: AverageDatum['colour'];
  /** Label lines above the bar. */
  label: TextBlock;
  bar: Rect;
  value: BarValue;
  formula: TextBlock;
  tip: Tip;
}

export interface AveragesLayout {
  width: number;
  height: number;
  fontSize: number;
  smallSize: number;
  bars: AverageBar[];
}

export function layoutAverages(data: AverageDatum[], { width, fontSize, smallSize, measure = textWidth, metrics = latinMetrics }: LayoutOptions): AveragesLayout {
  const barHeight = Math.round(fontSize * 1.6);
  const x = scaleLinear()
    .domain([0, max(data, (d) => d.value) || 1])
    .range([0, width]);
  let y = 0;
  const bars = data.map((d) => {
    const label = textBlock(wrapText(d.label, fontSize, width, 'bold', measure), { x: 0, y: firstBaseline(y, fontSize, metrics), size: fontSize, metrics });
    y += linesHeight(label.lines.length, fontSize, metrics) + 4;
    const barWidth = Math.max(x(d.value), d.value > 0 ? 2 : 0);
    const value = barValue(d.valueText, { barWidth, top: y, barHeight, width, size: fontSize, measure, metrics });
    const bar = { x: 0, y: round1(y), width: round1(barWidth), height: barHeight };
    y += barHeight + 4;
    const formula = textBlock(wrapText(d.formula, smallSize, width, 'normal', measure), { x: 0, y: firstBaseline(y, smallSize, metrics), size: smallSize, metrics });
    y += linesHeight(formula.lines.length, smallSize, metrics) + fontSize;
    return {
      id: d.id,
      colour: d.colour,
      label,
      bar,
      value,
      formula,
      tip: { title: d.label, detail: `${d.valueText}\n${d.formula}` },
    };
  });
  return { width, height: Math.ceil(y), fontSize, smallSize, bars };
}
