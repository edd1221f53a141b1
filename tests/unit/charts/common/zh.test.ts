/** The data module's Chinese words as the Chinese charts use them (src/charts/common/zh.ts), against values written by hand. */
import { describe, expect, test } from 'vitest';
import { getEvent, getFigure, sources } from '../../../../src/data/index';
import type { SourceId } from '../../../../src/data/sources';
import { charts } from '../../../../src/charts/index';
import {
  citedSourceZh,
  contextZh,
  eventDateZh,
  figurePartsZh,
  figureTextZh,
  formulaTextZh,
  periodZh,
  sourceLabelZh,
  sourceNameZh,
} from '../../../../src/charts/common/zh';

describe('figures', () => {
  test('at their own precision, with the qualifier and measure word and no space: the figures the Chinese report gives', () => {
    expect(['livelihoodCases', 'livelihoodAmount', 'migrantWorkerCases', 'migrantWorkerAmount'].map((id) => figureTextZh(getFigure(id)))).toEqual([
      '约64万件',
      '约517亿元',
      '7.52万件',
      '18.64亿元',
    ]);
    expect(figureTextZh(getFigure('nationalAmountChinaNews'))).toBe('超过2万亿元');
    // A derived figure at its significant digits, a trailing zero kept: 64万 ÷ 911.82万 ≈ 7.0%.
    expect(figureTextZh(getFigure('livelihoodShareOfNationalCases'))).toBe('约7.0%');
  });

  test('the qualifier apart from the number set large, the two joining back into the figure', () => {
    expect(figurePartsZh(getFigure('migrantWorkerShareOfLivelihoodCases'))).toEqual({ qualifier: '约', number: '12%' });
    expect(figurePartsZh(getFigure('migrantWorkerCases'))).toEqual({ qualifier: '', number: '7.52万件' });
    for (const id of ['livelihoodAmount', 'assistanceShareOfLivelihoodAmount', 'totalToTotalBankingInstitutions']) {
      const { qualifier, number } = figurePartsZh(getFigure(id));
      expect(`${qualifier}${number}`).toBe(figureTextZh(getFigure(id)));
    }
  });

  test('a derived figure’s working in Chinese: 517亿 ÷ 64万 = 80781.25 ≈ 8.1万; a source figure has none', () => {
    expect(formulaTextZh(getFigure('averagePerLivelihoodCase'))).toBe('约517亿元 ÷ 约64万件 = 8.078125万 ≈ 8.1万元/件');
    expect(() => formulaTextZh(getFigure('livelihoodCases'))).toThrow(/livelihoodCases/);
  });

  test('periods and dates as Chinese writes them', () => {
    expect(periodZh(getFigure('livelihoodCases'))).toBe('2024年');
    expect(periodZh(getFigure('totalToTotalNationalBanks'))).toBe('截至2021年');
    expect(eventDateZh(getEvent('interview'))).toBe('2025年3月10日');
    expect(eventDateZh(getEvent('networkReach2018'))).toBe('约2018年');
  });
});

describe('sources', () => {
  test('every source has a Chinese-edition name, and a dated one its date in Chinese', () => {
    for (const s of sources) expect(sourceNameZh(s.id as SourceId).length, s.id).toBeGreaterThan(0);
    expect(sourceLabelZh('guangming20241223')).toBe(`${sourceNameZh('guangming20241223')}，2024年12月23日`);
    expect(sourceLabelZh('interviewEn')).toBe(sourceNameZh('interviewEn'));
  });

  test('context is marked （背景） in a source line, the interview is not', () => {
    expect(contextZh).toBe('背景');
    expect(citedSourceZh('chinaTrial')).toBe('《中国审判》（背景）');
    expect(citedSourceZh('interviewEn')).not.toContain('背景');
  });

  test('the source line of every Chinese chart can be written', () => {
    for (const chart of charts) {
      const zh = chart.in('zh');
      for (const id of zh.text(zh.data()).sources) expect(citedSourceZh(id)).toBeTruthy();
    }
  });
});
