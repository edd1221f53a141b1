/**
 * The display module in Chinese: figures as the Chinese reports write them, derived figures by the same rounding
 * rules, dates, lists, sources with their context label, notes' words and the working of a derived figure. Expected
 * values are written by hand from the sources (context notes §1, §2) and the arithmetic, never read from the code.
 */
import { describe, expect, test } from 'vitest';
import { dataset, getCitable, getEvent, getFigure, getSource, getTerm, interviewDateText } from '../../../src/data/index';
import type { SourceFigure } from '../../../src/data/index';
import {
  caseTypeFamilyLabel,
  citableText,
  citedSource,
  citedSourceIn,
  dataLabels,
  dateText,
  eventWords,
  figureCitation,
  figureParts,
  figureText,
  figureWords,
  inGlossaryOrder,
  listText,
  provenance,
  sentenceTranslation,
  sourceLabel,
  sourceLabelIn,
  sourceTitle,
  sourceWords,
  termWords,
  unusedReason,
  withStop,
} from '../../../src/data/display';
import { fillFigures } from '../../../src/data/template';
import { glossary } from '../../../src/data/index';

const zh = { locale: 'zh' } as const;

describe('figures in Chinese', () => {
  test.each([
    // The six interview figures and the national total, as the Chinese reports write them (issue 23, item 5).
    ['livelihoodCases', '约64万件'],
    ['livelihoodAmount', '约517亿元'],
    ['migrantWorkerCases', '7.52万件'],
    ['migrantWorkerAmount', '18.64亿元'],
    ['judicialAssistancePeople', '2311人'],
    ['judicialAssistanceAmount', '9455.51万元'],
    ['nationalAmountChinaTrial', '2.3万亿元'],
    // Context figures, as their Chinese passages write them.
    ['nationalCasesConcluded', '911.82万件'],
    ['nationalAmountChinaNews', '超过2万亿元'],
    ['migrantWorkerCasesMidDecember', '约6.9万件'],
    ['migrantWorkerAmountMidDecember', '17.2亿元'],
  ])('%s reads %s', (id, text) => {
    expect(figureText(getFigure(id), zh)).toBe(text);
    // One style in Chinese: tables and prose alike.
    expect(figureText(getFigure(id), { ...zh, style: 'table' })).toBe(text);
  });

  test.each([
    // 51,700,000,000 ÷ 640,000 = 80,781.25; two significant figures (640,000) → 81,000.
    ['averagePerLivelihoodCase', '约8.1万元/件'],
    // 1,864,000,000 ÷ 75,200 = 24,787.2…; three (75,200) → 24,800.
    ['averagePerMigrantWorkerCase', '约2.48万元/件'],
    // 94,555,100 ÷ 2,311 = 40,915.2…; four (2,311) → 40,920.
    ['averageAssistancePerPerson', '约4.092万元/人'],
    // 75,200 ÷ 640,000 × 100 = 11.75; two → 12.
    ['migrantWorkerShareOfLivelihoodCases', '约12%'],
    // 640,000 ÷ 9,118,200 × 100 = 7.018…; two, the trailing zero kept.
    ['livelihoodShareOfNationalCases', '约7.0%'],
    // 75,200 − 69,000 = 6,200; to the thousand (69,000) → 6,000.
    ['migrantWorkerCasesAfterMidDecember', '约6000件'],
    // 1,864,000,000 − 1,720,000,000 = 144,000,000; to the ten million (1.72 billion) → 140,000,000.
    ['migrantWorkerAmountAfterMidDecember', '约1.4亿元'],
    ['caseTypeCount', '9类'],
  ])('derived %s reads %s, rounded as in English', (id, text) => {
    expect(figureText(getFigure(id), zh)).toBe(text);
  });

  test('bare: the number and its qualifier, without the measure word', () => {
    expect(figureText(getFigure('livelihoodCases'), { ...zh, bare: true })).toBe('约64万');
    expect(figureText(getFigure('casesPerEnforcementJudge'), { ...zh, bare: true })).toBe('928');
    expect(figureText(getFigure('livelihoodShareOfNationalCases'), { ...zh, bare: true })).toBe('约7.0%');
  });

  test('the key figures strip: 约 · 64 · 万 · 件, and the parts of every figure join to its text', () => {
    expect(figureParts(getFigure('livelihoodCases'), zh)).toEqual({ qualifier: '约', number: '64', scale: '万', unit: '件' });
    expect(figureParts(getFigure('migrantWorkerAmount'), { ...zh, bare: true })).toEqual({ qualifier: '', number: '18.64', scale: '亿', unit: '' });
    for (const figure of dataset.figures) {
      for (const bare of [false, true]) {
        const { qualifier, number, scale, unit } = figureParts(figure, { ...zh, bare });
        expect(qualifier + number + scale + unit, figure.id).toBe(figureText(figure, { ...zh, bare }));
        expect(number, figure.id).toMatch(/^[\d.]+%?$/);
      }
    }
  });

  test('no space anywhere in a Chinese figure: a number never breaks from its unit by a space', () => {
    for (const figure of dataset.figures) expect(figureText(figure, zh), figure.id).not.toMatch(/\s/);
  });
});

describe('a figure’s words in Chinese', () => {
  test('label, period and scope, with dates and figures filled in', () => {
    expect(figureWords(getFigure('migrantWorkerCasesMidDecember'), 'zh')).toEqual({
      label: '截至12月中旬执结的涉农民工案件',
      period: '2024年，截至12月中旬',
      scope: '全国法院',
    });
    expect(figureWords(getFigure('nationalAmountChinaNews'), 'zh').note).toBe('与《中国审判》报道的2.3万亿元不同；本站分别注明各自的来源。');
  });

  test('"show the math" in Chinese: inputs as the reports write them, the unrounded result, the rounding', () => {
    expect(figureWords(getFigure('averagePerLivelihoodCase'), 'zh')).toMatchObject({
      formulaText: '约517亿元 ÷ 约64万件 = 8.078125万 ≈ 8.1万元/件',
      roundingNote: '保留2位有效数字，与精度较低的输入一致。',
    });
    expect(figureWords(getFigure('migrantWorkerShareOfLivelihoodCases'), 'zh').formulaText).toBe('7.52万件 ÷ 约64万件 × 100 = 11.75 ≈ 12%');
    expect(figureWords(getFigure('migrantWorkerCasesAfterMidDecember'), 'zh')).toMatchObject({
      formulaText: '7.52万件 − 约6.9万件 = 6200 ≈ 6000件',
      roundingNote: '舍入到1000的整数倍，与精度较低的输入一致。',
    });
    expect(figureWords(getFigure('migrantWorkerAmountAfterMidDecember'), 'zh').roundingNote).toBe('舍入到1000万的整数倍，与精度较低的输入一致。');
    expect(figureWords(getFigure('caseTypeCount'), 'zh')).toMatchObject({ formulaText: '按访谈所列的案件类型计数：9类', roundingNote: '计数，未经舍入。' });
  });

  test('a source figure has no working; English words are the record’s own', () => {
    expect(figureWords(getFigure('livelihoodCases'), 'zh')).not.toHaveProperty('formulaText');
    const english = figureWords(getFigure('averagePerLivelihoodCase'));
    const figure = getFigure('averagePerLivelihoodCase');
    expect(english).toEqual({ label: figure.label, period: figure.period, scope: figure.scope, note: figure.note, formulaText: (figure as { formulaText: string }).formulaText, roundingNote: (figure as { roundingNote: string }).roundingNote });
  });

  test('provenance and the data page’s labels', () => {
    expect(provenance(getFigure('livelihoodCases'), 'zh')).toBe('出自访谈');
    expect(provenance(getFigure('nationalAmountChinaTrial'), 'zh')).toBe('背景');
    expect(provenance(getFigure('averagePerLivelihoodCase'), 'zh')).toBe('本站计算');
    expect(provenance(getFigure('livelihoodShareOfNationalCases'), 'zh')).toBe('本站计算，用到背景数字');
    expect(dataLabels('zh').kind).toEqual({ interview: '访谈', context: '背景', derived: '计算' });
    expect(dataLabels('en')).toEqual({ approximation: { exact: 'as stated', about: 'approximate', over: 'lower bound' }, kind: { interview: 'Interview', context: 'Context', derived: 'Derived' }, computedHere: 'computed by this explainer' });
  });
});

describe('dates, lists and sentences in Chinese', () => {
  test('dates from their ISO parts', () => {
    expect(dateText('2025-03-10', 'zh')).toBe('2025年3月10日');
    expect(dateText('2012', 'zh')).toBe('2012年');
    expect(dateText('2025-03-10')).toBe('10 March 2025');
    expect(interviewDateText('zh')).toBe('2025年3月10日（日期出自中文报道：背景）');
  });

  test('lists joined with 、 and 和', () => {
    expect(listText(['劳动与工资', '家庭供养', '伤亡与损害'], 'zh')).toBe('劳动与工资、家庭供养和伤亡与损害');
    expect(listText(['甲', '乙'], 'zh')).toBe('甲和乙');
    expect(listText(['a', 'b', 'c'])).toBe('a, b, and c');
  });

  test('a sentence ends with 。, once', () => {
    expect(withStop('一句话', 'zh')).toBe('一句话。');
    expect(withStop('一句话。', 'zh')).toBe('一句话。');
    expect(withStop('是吗？', 'zh')).toBe('是吗？');
  });

  test('meta descriptions fill figures the Chinese way, with no capital to add', () => {
    expect(fillFigures('全国法院执结涉民生案件{livelihoodCases}', dataset.byId, 'zh')).toEqual({ text: '全国法院执结涉民生案件约64万件', unknownIds: [] });
  });
});

describe('sources in Chinese', () => {
  test('labels: name and date; context marked 背景', () => {
    expect(sourceLabelIn('zh')('chinaNews20250407')).toBe('China News，2025年4月7日');
    expect(sourceLabelIn('zh')('chinaTrial')).toBe('《中国审判》');
    expect(citedSourceIn('zh')('guangming20241223')).toBe('Guangming Online，2024年12月23日（背景）');
    expect(citedSourceIn('zh')('interviewEn')).toBe('China News Network');
    expect((['spcAccount2018', 'wageCases20250122'] as const).map(citedSourceIn('zh'))).toEqual([
      '最高人民法院，约2018年（背景）',
      '最高人民法院与Ministry of Human Resources and Social Security，2025年1月22日（背景）',
    ]);
  });

  test('in English the curried forms are the English functions', () => {
    for (const s of dataset.sources) {
      expect(sourceLabelIn('en')(s.id)).toBe(sourceLabel(s.id));
      expect(citedSourceIn('en')(s.id)).toBe(citedSource(s.id));
    }
  });

  test('a Chinese headline as the report gives it; a description marked as one', () => {
    expect(sourceTitle(getSource('chinaNewsZh'), 'zh')).toBe('最高法：2024年全国法院共执结涉民生案件约64万件');
    expect(sourceTitle(getSource('chinaTrial'), 'zh')).toBe('［第三场访谈活动的报道］');
    expect(sourceWords('interviewEn', 'zh')).toMatchObject({ dateLabel: '未注明日期', titleIsDescription: true });
    expect(sourceWords('chinaTrial', 'zh').dateLabel).toBe('未注明日期；报道2025年3月10日的活动');
    expect(sourceWords('spcAccount2018', 'zh').dateLabel).toBe('约2018年');
  });

  test('/data/’s source cell links to the Chinese source page', () => {
    const sourceFigure = (id: string) => getFigure(id) as SourceFigure;
    expect(figureCitation(sourceFigure('livelihoodCases'), 'zh')).toEqual({
      href: '/zh/source/#s1',
      text: 'China News Network，第1句',
      after: '；中文原文：China News Service',
    });
    expect(figureCitation(sourceFigure('nationalCasesConcluded'), 'zh')).toEqual({ href: '/zh/source/#c-news-national', text: 'China News，原文段落', after: '，2025年4月7日' });
    expect(figureCitation(sourceFigure('networkAgencies'), 'zh')).toEqual({ href: '/zh/source/#c-spc-network', text: '最高人民法院，摘要', after: '，约2018年' });
  });
});

describe('events, glossary and case types in Chinese', () => {
  test('an event’s date derived from its record, or written where the English writes one', () => {
    expect(eventWords(getEvent('interview'), 'zh').dateLabel).toBe('2025年3月10日');
    expect(eventWords(getEvent('pointToPointPilots'), 'zh').dateLabel).toBe('2012年');
    expect(eventWords(getEvent('networkReach2018'), 'zh').dateLabel).toBe('约2018年');
  });

  test('a term keeps the English item’s word and the precise English; its explanation and note are Chinese', () => {
    const term = getTerm('enforcementBureau');
    expect([term.zh, term.sourceEnglish, term.english]).toEqual(['执行局', 'Executive Bureau', 'Enforcement Bureau']);
    const words = termWords(term, 'zh');
    expect(words.explanation).toMatch(/[\u3400-\u9fff]/);
    expect(words.translationNote).toContain('Executive Bureau');
    expect(termWords(getTerm('totalToTotal'), 'zh').context).toBeDefined();
    expect(termWords(getTerm('typicalCases'), 'zh')).not.toHaveProperty('context');
  });

  test('the glossary in pinyin order, tones aside', () => {
    expect(inGlossaryOrder(glossary, 'zh').slice(0, 6).map((e) => e.zh)).toEqual(['查控', '点对点', '典型案例', '抚恤金', '扶养费', '抚育费']);
  });

  test('case-type families', () => {
    expect(caseTypeFamilyLabel('work', 'zh')).toBe('劳动与工资');
    expect(caseTypeFamilyLabel('work')).toBe('Work and wages');
  });
});

describe('what a note or /zh/source/ shows of a citable', () => {
  test('a sentence of the English item: the site’s translation, marked as a translation, its figures filled', () => {
    expect(citableText(getCitable('s20'), 'zh')).toEqual({ text: sentenceTranslation('s20', 'zh'), is: 'translation' });
    expect(sentenceTranslation('s20', 'zh')).toContain('2311人');
    expect(sentenceTranslation('s20', 'zh')).toContain('9455.51万元');
    for (const c of [...dataset.citable.values()].filter((c) => c.kind === 'sentence')) expect(citableText(c, 'zh').is, c.id).toBe('translation');
  });

  test('a passage: the report’s own Chinese, as the original; a summary: the site’s own account', () => {
    expect(citableText(getCitable('c-zh-measure-one'), 'zh')).toEqual({ text: '一是开展专项行动……元旦、春节期间……快速立案、优先执行、优先发放执行款', is: 'original' });
    expect(citableText(getCitable('c-trial-broadcast'), 'zh')).toEqual({ text: '活动由中央广播电视总台的一位主持人主持；超过40家媒体和平台参与了直播。', is: 'summary' });
  });

  test('why a sentence goes unused, in Chinese; nothing for a sentence the explainer uses', () => {
    expect(unusedReason('s24', 'zh')).toMatch(/版权声明/);
    expect(unusedReason('s24')).toBe(dataset.unusedSentences.find((u) => u.anchor === 's24')!.reason);
    expect(unusedReason('s1', 'zh')).toBeUndefined();
  });

  test('in English: the sentence is the original, a passage’s English a translation, a summary a summary', () => {
    expect(citableText(getCitable('s1')).is).toBe('original');
    expect(citableText(getCitable('c-zh-figures')).is).toBe('translation');
    expect(citableText(getCitable('c-trial-event')).is).toBe('summary');
  });
});
