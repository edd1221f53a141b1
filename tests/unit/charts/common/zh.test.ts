/** The Chinese words every chart shares (src/charts/common/zh.ts): figures, dates, sources and formulas in Chinese. */
import { describe, expect, test } from 'vitest';
import { getEvent, getFigure, sources } from '../../../../src/data/index';
import { charts } from '../../../../src/charts/index';
import { citedSourceZh, datedZh, dateZh, figurePartsZh, figureTextZh, formulaTextZh, sourceLabelZh, sourceNamesZh, yearZh } from '../../../../src/charts/common/zh';

describe('figures', () => {
  test('at their own precision, with the qualifier and measure word and no space: the figures the Chinese report gives', () => {
    expect(['livelihoodCases', 'livelihoodAmount', 'migrantWorkerCases', 'migrantWorkerAmount'].map((id) => figureTextZh(getFigure(id)))).toEqual([
      '约64万件',
      '约517亿元',
      '7.52万件',
      '18.64亿元',
    ]);
    expect(figureTextZh(getFigure('nationalAmountChinaNews'))).toBe('超过2万亿元');
  });

  test('a derived figure at its significant digits, a trailing zero kept: 64万 ÷ 911.82万 ≈ 7.0%', () => {
    expect(figureTextZh(getFigure('livelihoodShareOfNationalCases'))).toBe('约7.0%');
  });

  test('the qualifier apart from the number, joining back into the figure', () => {
    expect(figurePartsZh(getFigure('migrantWorkerShareOfLivelihoodCases'))).toEqual({ qualifier: '约', number: '12%' });
    expect(figurePartsZh(getFigure('migrantWorkerCases'))).toEqual({ qualifier: '', number: '7.52万件' });
  });

  test('the arithmetic in Chinese, the unrounded result then the rounded one: 517亿 ÷ 64万 = 80781.25', () => {
    expect(formulaTextZh(getFigure('averagePerLivelihoodCase'))).toBe('约517亿元 ÷ 约64万件 = 8.078125万 ≈ 8.1万元/件');
    expect(formulaTextZh(getFigure('migrantWorkerCasesAfterMidDecember'))).toBe('7.52万件 − 约6.9万件 = 6200 ≈ 6000件');
    expect(() => formulaTextZh(getFigure('livelihoodCases'))).toThrow(/not a derived figure/);
  });
});

describe('dates', () => {
  test('from the ISO parts, with no leading zero: 2025年3月10日, and a year alone: 2012年', () => {
    expect(dateZh('2025-03-10')).toBe('2025年3月10日');
    expect(dateZh('2024-12-23')).toBe('2024年12月23日');
    expect(dateZh('2012')).toBe('2012年');
    expect(() => dateZh('2025-02-30')).toThrow();
  });

  test('a record dated roughly reads 约; a label in other words throws, naming it', () => {
    expect(datedZh(getEvent('networkReach2018'))).toBe('约2018年');
    expect(datedZh(getEvent('interview'))).toBe('2025年3月10日');
    expect(() => datedZh({ date: '2018', dateLabel: 'late 2018' })).toThrow(/late 2018/);
    expect(() => datedZh({ dateLabel: 'undated' })).toThrow(/undated/);
  });

  test('the year a period names', () => {
    expect(yearZh('2024')).toBe('2024年');
    expect(yearZh('By 2021')).toBe('2021年');
    expect(() => yearZh('Recently')).toThrow(/Recently/);
  });
});

describe('sources', () => {
  test('every source has a Chinese name, with no ASCII letter', () => {
    for (const s of sources) expect(sourceNamesZh[s.id], s.id).toMatch(/^[^A-Za-z]+$/);
  });

  test('a dated source with its date in Chinese, an undated one by name; context marked （背景）', () => {
    expect(sourceLabelZh('guangming20241223')).toBe(`${sourceNamesZh.guangming20241223}，2024年12月23日`);
    expect(sourceLabelZh('spcAccount2018')).toBe(`${sourceNamesZh.spcAccount2018}，约2018年`);
    expect(sourceLabelZh('interviewEn')).toBe(sourceNamesZh.interviewEn);
    expect(citedSourceZh('interviewEn')).not.toContain('背景');
    expect(citedSourceZh('chinaTrial')).toBe(`${sourceNamesZh.chinaTrial}（背景）`);
  });

  test('the source line of every Chinese chart can be written (every source it cites has its date in Chinese)', () => {
    for (const chart of charts) {
      const zh = chart.in('zh');
      for (const id of zh.text(zh.data()).sources) expect(citedSourceZh(id)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
