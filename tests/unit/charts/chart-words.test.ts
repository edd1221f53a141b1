/**
 * Each chart's words (title, caption, text alternative) are pure functions of its data, and every word a reader
 * sees in a chart is written in its chart.ts: its data, layout and table files hold none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../helpers/build';
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
    const { title, caption, description } = chart.in('en').text(chart.data());
    expect(title.length).toBeGreaterThan(5);
    expect(caption).toMatch(/\.$/);
    expect(description).toMatch(/[.”]$/);
    expect(`${title} ${caption} ${description}`).not.toMatch(/undefined|NaN|\[object/);
  });

  test.each(['chart-averages', 'chart-scale', 'chart-timeline', 'chart-year-end'])('%s: the text alternative states every number its table gives', (id) => {
    const chart = charts.find((c) => c.id === id)!;
    const { description } = chart.in('en').text(chart.data());
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
    expect(chart.in('en').text(chart.data()).caption).toBe(caption);
  });

  test('case types: the description gives each type with its Chinese and the English item’s words', () => {
    const { description } = caseTypesChart.in('en').text(caseTypesChart.data());
    expect(description).toContain('(Chinese 追索劳动报酬; the English item says “recovery of labor remuneration”)');
  });

  test('network: caption and description name the interview’s property in its order', () => {
    const { caption, description } = network.in('en').text(network.data());
    const listed = 'bank deposits, real estate, vehicles, and equity';
    expect(caption).toContain(`“such as” ${listed} (the interview’s list ends “etc.”)`);
    expect(description).toContain(`such as ${listed} (its list ends “etc.”)`);
  });

  test('case path: the description walks the main path, then lists the branches', () => {
    const { description } = casePath.in('en').text(casePath.data());
    expect(description).toBe(
      'Diagram. The main path: Rapid filing, then Property search and control, then Priority enforcement, then Priority payout. ' +
        'Branches: Applicant in difficulty: judicial assistance; Debtor refuses: sanctions; Crime suspected: crackdown. The steps are listed after the diagram.',
    );
  });
});

/** An id or CSS class names, as code writes them: camelCase or kebab-case words, several only if hyphenated (classes). */
const idLike = /^[a-z][a-zA-Z0-9]*(-[a-z0-9]+)*$/;

/** Words a reader would see: a capitalised or non-ASCII word ("Courts", "银行存款", "“Total"), or two or more words. */
export function isWords(text: string): boolean {
  const tokens = text.split(/\s+/).filter((t) => /\p{L}\p{L}/u.test(t)).map((t) => t.replace(/^-+|-+$/g, ''));
  if (tokens.length === 1) return !idLike.test(tokens[0]!);
  return tokens.length > 1 && !tokens.every((t) => idLike.test(t) && t.includes('-'));
}

/** Every string, template part and regular expression in a module, but its import paths and its errors' messages (for developers). */
export function literals(source: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isNewExpression(node) && node.expression.getText() === 'Error') return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text);
    else if (ts.isRegularExpressionLiteral(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true));
  return found;
}

const chartsDir = join(projectRoot, 'src/charts');
const chartFolders = readdirSync(chartsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'common')
  .map((d) => d.name);

describe('one home for a chart’s words', () => {
  test('the check finds words and lets ids, class names, symbols and errors pass', () => {
    expect(['Courts', 'Per livelihood case', '银行存款', ' (context)', 'Context · ', '/ per (case|person)$/'].filter(isWords)).toHaveLength(6);
    expect(['livelihoodCases', 'chart-averages', 'fill-bg stroke-context', ' ÷ ', '\n', '-junction-', 'M', 'bold', ''].filter(isWords)).toEqual([]);
    expect(literals("import { a } from '../../data/index';\nconst b = `${a} of the total`;\nthrow new Error(`${a} is not known`);").filter(isWords)).toEqual([' of the total']);
  });

  test.each(chartFolders)('%s: its data, layout and table files hold no words, only what chart.ts gives them', (name) => {
    const files = ['data.ts', 'layout.ts', 'table.ts'].filter((file) => readdirSync(join(chartsDir, name)).includes(file));
    const words = files.flatMap((file) => literals(readFileSync(join(chartsDir, name, file), 'utf8')).filter(isWords).map((text) => `${file}: ${JSON.stringify(text)}`));
    expect(words).toEqual([]);
  });
});
