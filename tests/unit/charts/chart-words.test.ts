/** Each chart's words (title, caption, text alternative) are pure functions of its data. */
import { describe, expect, test } from 'vitest';
import { listText } from '../../../src/data/display';
import { charts } from '../../../src/charts/index';
import { chartTable, type ChartDefinition } from '../../../src/charts/common/chart';
import { caseTypesChart } from '../../../src/charts/case-types/chart';
import { network } from '../../../src/charts/network/chart';
import { share } from '../../../src/charts/share/chart';
import { assistance } from '../../../src/charts/assistance/chart';
import { casePath } from '../../../src/charts/case-path/chart';

describe('listText', () => {
  test('joins one, two and three items, with a serial comma that keeps items holding "and" apart', () => {
    expect(listText([])).toBe('');
    expect(listText(['wages'])).toBe('wages');
    expect(listText(['wages', 'support'])).toBe('wages and support');
    expect(listText(['work and wages', 'family support', 'injury and loss'])).toBe('work and wages, family support, and injury and loss');
  });
});

describe('chart definitions', () => {
  test('ids are unique and name the chart folder: chart-<folder>', () => {
    const ids = charts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^chart-[a-z]+(-[a-z]+)*$/);
  });

  test.each(charts.map((c) => [c.id, c] as const))('%s: a title, a caption and a description, each a finished sentence or phrase', (_id, chart) => {
    const { title, caption, description } = chart.text(chart.data());
    expect(title.length).toBeGreaterThan(5);
    expect(caption).toMatch(/\.$/);
    expect(description).toMatch(/[.”]$/);
    expect(`${title} ${caption} ${description}`).not.toMatch(/undefined|NaN|\[object/);
  });

  test.each(['chart-averages', 'chart-scale', 'chart-timeline', 'chart-year-end'])('%s: the text alternative states every number its table gives', (id) => {
    const chart = charts.find((c) => c.id === id)!;
    const { description } = chart.text(chart.data());
    const numbers = chartTable(chart).table.rows.flatMap((row) => row.slice(1)).filter((cell) => /\d/.test(cell));
    expect(numbers.length).toBeGreaterThan(0);
    for (const cell of numbers) expect(description).toContain(cell);
  });
});

describe('chart words', () => {
  test.each([
    [
      'case types: the caption lists the three families in order, lower-cased',
      caseTypesChart,
      'The interview’s list spans work and wages, family support, and injury and loss. The grouping into three families is this explainer’s, not the interview’s.',
    ],
    [
      'share: the caption gives both shares, the amount share against the China Trial total',
      share,
      'Livelihood cases were a small part of all enforcement in 2024: about 7.0% of the cases concluded and, against the China Trial magazine total, about 2.2% of the money delivered.',
    ],
    [
      'assistance: the caption sets the assistance paid beside the livelihood amount',
      assistance,
      'Enforcement departments gave judicial assistance to 2,311 people and paid them 94.5551 million yuan: a sliver beside the amount delivered in livelihood cases, about 51.7 billion yuan, though the interview does not link the two.',
    ],
  ] as const)('%s', (_, chart: ChartDefinition<any, any>, caption) => {
    expect(chart.text(chart.data()).caption).toBe(caption);
  });

  test('case types: the description gives each type with its Chinese and the English item’s words', () => {
    const { description } = caseTypesChart.text(caseTypesChart.data());
    expect(description).toContain('(Chinese 追索劳动报酬; the English item says “recovery of labor remuneration”)');
  });

  test('network: caption and description name the interview’s property in its order', () => {
    const { caption, description } = network.text(network.data());
    const listed = 'bank deposits, real estate, vehicles, and equity';
    expect(caption).toContain(`“such as” ${listed} (the interview’s list ends “etc.”)`);
    expect(description).toContain(`such as ${listed} (its list ends “etc.”)`);
  });

  test('case path: the description walks the main path, then lists the branches', () => {
    const { description } = casePath.text(casePath.data());
    expect(description).toBe(
      'Diagram. The main path: Rapid filing, then Property search and control, then Priority enforcement, then Priority payout. ' +
        'Branches: Applicant in difficulty: judicial assistance; Debtor refuses: sanctions; Crime suspected: crackdown. The steps are listed after the diagram.',
    );
  });
});
