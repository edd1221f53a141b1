/**
 * Every chart in the Chinese edition: its words render in both layouts and in its table, in Chinese (English only
 * where it is shown on purpose: the English item's words for the case types), with the Chinese report's figures as
 * the report writes them, context labelled 背景, the Chinese report's wording only where the context notes give it,
 * and every line of text broken as Chinese is broken and inside the chart. The expected figures are written here from
 * the sources and the rounding rules, not read from the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../helpers/build';
import { caseTypes, sources } from '../../../src/data/index';
import { sourceWords } from '../../../src/data/display';
import type { SourceId } from '../../../src/data/sources';
import { charts } from '../../../src/charts/index';
import { chartLayouts, chartTable, layoutOptions, type ChartDefinition } from '../../../src/charts/common/chart';
import { chartCsv, sourceLine } from '../../../src/charts/common/table';
import { frameWords } from '../../../src/charts/common/frame';
import { casePath, casePathSteps } from '../../../src/charts/case-path/chart';
import { cjkTextWidth } from '../../../src/lib/measure';
import type { TextBlock } from '../../../src/charts/common/text';

const contextNotes = readFileSync(join(projectRoot, 'src/data/source-texts/context.md'), 'utf8');

/** A chart in Chinese: its text, its table, its source line and its layouts in every variant it is drawn in. */
function inChinese(chart: ChartDefinition<any, any>) {
  const zh = chart.in('zh');
  const data = zh.data();
  const layouts = (chart.layouts ?? chartLayouts).map((variant) => ({ variant, layout: zh.layout(data, layoutOptions(variant, 'zh')) }));
  return { text: zh.text(data), table: zh.table(data), source: sourceLine(chartTable(chart, 'zh')), layouts };
}

/**
 * Every word a layout draws or shows in a detail: text blocks (their lines joined, as a name broken at a space reads
 * whole again), labels' texts, details' titles and lines.
 */
function drawnWords(value: unknown, found: string[] = [], key = ''): string[] {
  if (typeof value === 'string') {
    if (['text', 'title', 'detail', 'qualifier', 'number'].includes(key)) found.push(...value.split('\n'));
  } else if (key === 'lines' && Array.isArray(value)) {
    // A line broken at a space between two English words loses the space; one broken in Chinese lost none.
    found.push((value as string[]).reduce((text, line) => `${text}${/[A-Za-z]$/.test(text) && /^[A-Za-z(]/.test(line) ? ' ' : ''}${line}`, ''));
  }
  else if (Array.isArray(value)) value.forEach((v) => drawnWords(v, found, key));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) drawnWords(v, found, k);
  return found.filter(Boolean);
}

/** Text blocks in a layout, wherever they sit. */
function textBlocks(value: unknown, found: TextBlock[] = []): TextBlock[] {
  if (Array.isArray(value)) value.forEach((v) => textBlocks(v, found));
  else if (value && typeof value === 'object') {
    if ('lines' in value && 'step' in value) found.push(value as TextBlock);
    else Object.values(value).forEach((v) => textBlocks(v, found));
  }
  return found;
}

/** Everything a reader of the Chinese chart sees, in one list. */
const allWords = (c: ReturnType<typeof inChinese>) => [
  c.text.title,
  c.text.caption,
  c.text.description,
  c.source,
  c.table.caption,
  ...c.table.columns,
  ...c.table.rows.flat(),
  ...c.layouts.flatMap(({ layout }) => drawnWords(layout)),
];

/**
 * The English the Chinese edition shows on purpose: the English item's words for each case type and the precise English
 * term, and the names of publications the context notes give only in English, as the data module's Chinese words keep them.
 */
const englishShown = [
  ...caseTypes.flatMap((t) => [t.sourceEnglish, t.english]),
  ...sources.map((s) => sourceWords(s.id as SourceId, 'zh').shortName).filter((name) => /[A-Za-z]/.test(name)),
].sort((a, b) => b.length - a.length);
const interviewName = sourceWords('interviewEn', 'zh').shortName;

describe.each(charts.map((c) => [c.id, c] as const))('%s in Chinese', (id, chart) => {
  const c = inChinese(chart);

  test('title, caption and text alternative are Chinese sentences, the caption and description ending 。', () => {
    expect(c.text.title).toMatch(/[\u4e00-\u9fff]{2}/);
    expect(c.text.caption).toMatch(/。$/);
    expect(c.text.description).toMatch(/。$/);
    for (const words of allWords(c)) expect(words, id).not.toMatch(/undefined|NaN|\[object/);
  });

  test('no ASCII letter anywhere but in the English shown on purpose, and no ASCII punctuation of prose (, : ; ( ))', () => {
    for (const words of allWords(c)) {
      const rest = englishShown.reduce((text, english) => text.replaceAll(english, ''), words);
      expect(rest, `${id}: ${words}`).not.toMatch(/[A-Za-z]/);
      // ASCII punctuation is the English terms' own; Chinese sets its punctuation full width.
      expect(rest.replace(/[\d.,]+/g, ''), `${id}: ${words}`).not.toMatch(/[,:;()]/);
    }
  });

  test('the table has a caption, a header per column and a cell per header in every row, all in Chinese', () => {
    expect(c.table.caption).toMatch(/[\u4e00-\u9fff]/);
    expect(c.table.rows.length).toBeGreaterThan(0);
    for (const column of c.table.columns) expect(column).toMatch(/[\u4e00-\u9fff]/);
    for (const row of c.table.rows) expect(row).toHaveLength(c.table.columns.length);
  });

  test('the source line names the sources in Chinese, context marked （背景）, and ends with a full stop', () => {
    expect(c.source.startsWith(`来源：${interviewName}`), c.source).toBe(true);
    expect(c.source.slice(`来源：${interviewName}`.length)).toMatch(/^[；。]/);
    const sources = chart.in('zh').text(chart.data()).sources;
    expect(c.source.match(/（背景）/g)?.length ?? 0).toBe(sources.filter((s) => s !== 'interviewEn').length);
    expect(c.source).toMatch(/。$/);
  });

  test('a quotation in Chinese is the Chinese report’s wording, word for word from the context notes (the width of , : aside)', () => {
    const notes = contextNotes.replaceAll(',', '，').replaceAll(':', '：').replaceAll('"', '');
    const quoted = allWords(c).flatMap((words) => [...words.matchAll(/“([^”]*[\u4e00-\u9fff][^”]*)”/g)].map((m) => m[1]!));
    for (const quote of quoted) expect(notes, `${id}: “${quote}”`).toContain(quote);
  });

  test.each(chart.layouts ?? chartLayouts)('%s layout: each line breaks as Chinese breaks and stays inside the chart', (variant) => {
    const { layout } = c.layouts.find((l) => l.variant === variant)!;
    const blocks = textBlocks(layout);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      block.lines.forEach((line, i) => {
        expect(line, `${id}: "${line}"`).not.toMatch(/^[，。、：；！？”’）》]/);
        expect(line, `${id}: "${line}"`).not.toMatch(/[“‘（《]$/);
        // A number never leaves its unit or its 万/亿 behind.
        const next = block.lines[i + 1];
        if (next && /\d$/.test(line)) expect(next, `${id}: "${line}" | "${next}"`).not.toMatch(/^[万亿件元人家类项%年月日]/);
        const width = cjkTextWidth(line, block.size);
        const left = block.anchor === 'middle' ? block.x - width / 2 : block.anchor === 'end' ? block.x - width : block.x;
        expect(left, `${id}: "${line}"`).toBeGreaterThanOrEqual(-0.5);
        expect(left + width, `${id}: "${line}"`).toBeLessThanOrEqual(layout.width + 0.5);
      });
    }
  });

  test.each(chart.layouts ?? chartLayouts)('%s layout: no two lines’ boxes meet in a CJK font (1.16 em above the baseline, 0.29 below), none leaves the chart', (variant) => {
    const { layout } = c.layouts.find((l) => l.variant === variant)!;
    // Noto Sans CJK's ascent and descent, the tallest of the CJK faces the edition names.
    const boxes = textBlocks(layout).flatMap((block) =>
      block.lines.map((line, i) => {
        const baseline = block.y + i * block.step;
        const width = cjkTextWidth(line, block.size);
        const left = block.anchor === 'middle' ? block.x - width / 2 : block.anchor === 'end' ? block.x - width : block.x;
        return { line, left, right: left + width, top: baseline - 1.16 * block.size, bottom: baseline + 0.29 * block.size };
      }),
    );
    for (const box of boxes) {
      expect(box.top, `${id}: "${box.line}"`).toBeGreaterThanOrEqual(-0.5);
      expect(box.bottom, `${id}: "${box.line}"`).toBeLessThanOrEqual(layout.height + 0.5);
    }
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const meet = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        expect(meet, `${id}: "${a.line}" meets "${b.line}"`).toBe(false);
      }),
    );
  });
});

describe('the Chinese charts’ figures, as the Chinese reports write them', () => {
  const zh = (id: string) => inChinese(charts.find((c) => c.id === id)!);

  test('the interview’s figures at their own precision: 约64万件, 约517亿元, 7.52万件, 18.64亿元, 2311人, 9455.51万元', () => {
    const { description } = zh('chart-timeline').text;
    for (const figure of ['约64万件', '约517亿元', '7.52万件', '18.64亿元', '2311人', '9455.51万元']) expect(description).toContain(figure);
  });

  test('averages as the English edition rounds them: 517亿 ÷ 64万 ≈ 8.1万, 18.64亿 ÷ 7.52万 ≈ 2.48万, 9455.51万 ÷ 2311 ≈ 4.092万', () => {
    const { text, table } = zh('chart-averages');
    expect(table.rows.map((row) => row.slice(1))).toEqual([
      ['约8.1万元', '约517亿元 ÷ 约64万件'],
      ['约2.48万元', '18.64亿元 ÷ 7.52万件'],
      ['约4.092万元', '9455.51万元 ÷ 2311人'],
    ]);
    for (const cell of table.rows.flat()) expect(text.description).toContain(cell);
  });

  test('the migrant-worker shares: 7.52万 ÷ 64万 ≈ 12%, 18.64亿 ÷ 517亿 ≈ 3.61%, in the table and the text alternative', () => {
    const { text, table } = zh('chart-scale');
    expect(table.rows.map((row) => row[2])).toEqual(['约12%', '约3.61%']);
    for (const cell of table.rows.flatMap((row) => row.slice(1))) expect(text.description).toContain(cell);
  });

  test('the year-end difference: 7.52万 − 约6.9万 ≈ 6000件 and 18.64亿 − 17.2亿 ≈ 1.4亿元, each in the text alternative', () => {
    const { text, table } = zh('chart-year-end');
    expect(table.rows.map((row) => row.slice(1))).toEqual([
      ['7.52万件', '18.64亿元'],
      ['约6.9万件', '17.2亿元'],
      ['约6000件', '约1.4亿元'],
    ]);
    for (const cell of table.rows.flatMap((row) => row.slice(1))) expect(text.description).toContain(cell);
  });

  test('the timeline’s dates from their ISO parts, the interview on 2025年3月10日, the roughly dated account 约2018年', () => {
    const { table, text } = zh('chart-timeline');
    for (const [date] of table.rows) expect(date).toMatch(/^约?\d{4}年(\d{1,2}月\d{1,2}日)?$/);
    expect(table.rows.map(([date]) => date)).toContain('约2018年');
    expect(text.description).toContain('2025年3月10日（本次访谈）');
    for (const cell of table.rows.flatMap((row) => row.slice(2, 3)).filter((cell) => cell !== '—')) expect(text.description).toContain(cell);
  });

  test('the judicial assistance chart and the case path give the English item’s assistance figures', () => {
    expect(zh('chart-assistance').text.caption).toContain('2311人');
    expect(zh('chart-assistance').text.caption).toContain('9455.51万元');
    const steps = casePathSteps(casePath.data(), casePath.words.zh);
    const assistance = steps.find((s) => s.node === 'assistance')!;
    expect(assistance.text).toContain('2311人');
    expect(assistance.text).toContain('9455.51万元');
    expect(steps.find((s) => s.node === 'payout')!.text).toContain('约517亿元');
  });

  test('the case types: each tile the report’s own term, its detail the English item’s word', () => {
    const tiles = zh('chart-case-types').layouts[0]!.layout.families.flatMap((f: { tiles: { tip: { title: string; detail: string } }[] }) => f.tiles);
    expect(tiles.map((t: { tip: { title: string } }) => t.tip.title)).toEqual(caseTypes.map((t) => t.zh));
    for (const [i, t] of caseTypes.entries()) expect(tiles[i].tip.detail).toContain(`“${t.sourceEnglish}”`);
  });

  test('context is labelled 背景 where a chart sets it beside the interview: the share, year-end and network charts and the timeline', () => {
    expect(zh('chart-share').table.rows.map((row) => row[2])).toContain('《中国审判》（背景）');
    expect(zh('chart-year-end').table.rows[1]![0]).toContain('背景');
    expect(drawnWords(zh('chart-timeline').layouts[0]!.layout)).toContain('背景：其他来源的报道');
    expect(drawnWords(zh('chart-network').layouts[1]!.layout).filter((w) => w.startsWith('背景')).length).toBeGreaterThan(0);
  });
});

describe('the frame in Chinese', () => {
  test('figure numbers, downloads and the data toggle in Chinese; file names stay ASCII', () => {
    const words = frameWords.zh;
    expect(words.figure(3)).toBe('图3');
    expect(words.link(words.figure(3), '司法救助')).toBe('链接到图3：司法救助');
    // The formats' names are the only English: 数据（CSV）, 图片（SVG）, 图片（PNG）.
    for (const label of [...Object.values(words.downloads), words.showData, words.saved]) {
      expect(label).toMatch(/[\u4e00-\u9fff]/);
      expect(label.replace(/CSV|SVG|PNG/, '')).not.toMatch(/[A-Za-z]/);
    }
    expect(words.fileSuffix).toMatch(/^[-a-z]+$/);
    expect(words.fileSuffix).not.toBe(frameWords.en.fileSuffix);
  });

  test('the Chinese CSV: Chinese headers and the Chinese source line on every row', () => {
    const chart = charts.find((c) => c.id === 'chart-year-end')!;
    const csv = chartCsv(chartTable(chart, 'zh'));
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header).toBe(['时段', '案件数', '执行到位金额', frameWords.zh.sourceColumn].join(','));
    expect(rows).toHaveLength(3);
    const guangming = sourceWords('guangming20241223', 'zh').shortName;
    for (const row of rows) expect(row).toContain(`来源：${interviewName}；${guangming}，2024年12月23日（背景）。`);
  });

  test('the English edition is what it was: English words, English source line, no suffix', () => {
    expect(frameWords.en.figure(3)).toBe('Figure 3');
    expect(sourceLine(chartTable(charts[0]!))).toMatch(/^Source: China News Network\./);
    expect(frameWords.en.fileSuffix).toBe('');
  });
});
