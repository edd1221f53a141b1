import { records } from './schema';
import type { SourceId } from './sources';
import type { SentenceId } from './sourceText';

/**
 * What statement markers (<Src at="…">) can cite besides the English item's sentences
 * (`s1` … `s25`, numbered by splitSentences), from the context sources. Two kinds, never mixed:
 *
 * - a **passage** is a report's own wording: `zh` holds its Chinese, run by run in the report's
 *   order, word for word as the context notes (src/data/source-texts/context.md) record it, with
 *   full-width punctuation; `en` is this site's English translation of it, and is shown as one;
 * - a **summary** is this site's account, in English, of what a report says where the notes give
 *   no wording of it: shown as the site's summary, never as a quotation. Any Chinese term in it
 *   and every number in it must be in the notes.
 *
 * The data module checks both when it loads. Each `id` is its anchor on /source/: never rename one.
 */
export type ContextTextInput =
  | { kind: 'passage'; id: string; sourceId: SourceId; zh: string[]; en: string }
  | { kind: 'summary'; id: string; sourceId: SourceId; en: string };

export const contextTexts = records<ContextTextInput>()([
  // The Chinese report of the same interview (China News Service).
  {
    kind: 'summary',
    id: 'c-zh-report',
    sourceId: 'chinaNewsZh',
    en: 'China News Service’s Chinese report of the same interview, published on 10 March 2025 under the headline 最高法：2024年全国法院共执结涉民生案件约64万件.',
  },
  {
    kind: 'passage',
    id: 'c-zh-figures',
    sourceId: 'chinaNewsZh',
    zh: ['2024年，全国法院共执结涉民生案件约64万件，执行到位金额约517亿元。其中，执行结案涉农民工案件7.52万件，执行到位金额18.64亿元。'],
    en: 'In 2024, courts nationwide concluded about 640,000 enforcement cases involving people’s livelihood, and the amount delivered through enforcement was about 51.7 billion yuan. Of these, 75,200 enforcement cases involving migrant workers were concluded, and the amount delivered through enforcement was 1.864 billion yuan.',
  },
  {
    kind: 'passage',
    id: 'c-zh-case-types',
    sourceId: 'chinaNewsZh',
    zh: ['追索劳动报酬、农民工工资、赡养费、扶养费、抚育费、抚恤金、医疗损害赔偿、交通事故人身损害赔偿、工伤保险待遇等案件'],
    en: 'cases for the recovery of labour remuneration, migrant workers’ wages, support for elderly parents, support between spouses or other family members, child-rearing support, survivors’ benefits, compensation for medical damage, compensation for personal injury in traffic accidents, work-injury insurance benefits and the like',
  },
  {
    kind: 'passage',
    id: 'c-zh-measure-one',
    sourceId: 'chinaNewsZh',
    zh: ['一是开展专项行动', '元旦、春节期间', '快速立案、优先执行、优先发放执行款'],
    en: 'The first is to carry out special actions … during New Year’s Day and the Spring Festival … rapid filing, priority enforcement, priority payout of enforcement funds',
  },
  {
    kind: 'passage',
    id: 'c-zh-measure-two',
    sourceId: 'chinaNewsZh',
    zh: ['二是加大执行力度', '“总对总”、点对点查控系统', '银行存款、房产、车辆、股权'],
    en: 'The second is to step up enforcement … the “total to total” and point-to-point inspection and control systems … bank deposits, real estate, vehicles, equity',
  },
  {
    kind: 'passage',
    id: 'c-zh-measure-three',
    sourceId: 'chinaNewsZh',
    zh: ['三是加强案例引导', '典型案例'],
    en: 'The third is to strengthen case guidance … typical cases',
  },

  // China Trial magazine's write-up of the same event.
  {
    kind: 'summary',
    id: 'c-trial-event',
    sourceId: 'chinaTrial',
    en: 'China Trial magazine reports that the event was the third (第三场活动) of the series, held on the afternoon of 10 March, and that Tsinghua University law professor Chen Hangping (陈杭平) also took part.',
  },
  {
    kind: 'passage',
    id: 'c-trial-theme',
    sourceId: 'chinaTrial',
    zh: ['推进“切实解决执行难”、及时兑现当事人胜诉权益'],
    en: 'pressing on with “truly solving the difficulty of enforcement” and promptly delivering what winning parties were awarded',
  },
  {
    kind: 'summary',
    id: 'c-trial-broadcast',
    sourceId: 'chinaTrial',
    en: 'A China Media Group presenter hosted the event; more than 40 media outlets and platforms carried the live broadcast.',
  },
  {
    kind: 'passage',
    id: 'c-trial-national',
    sourceId: 'chinaTrial',
    zh: ['执行到位金额达2.3万亿元'],
    en: 'the amount delivered through enforcement reached 2.3 trillion yuan',
  },
  {
    kind: 'summary',
    id: 'c-trial-national-detail',
    sourceId: 'chinaTrial',
    en: 'Huang Wenjun said at the same event that the amount delivered through all enforcement in 2024 was up 3.5% year on year and equivalent to 1.73% of GDP, and that enforcement judges handled 928 cases each on average.',
  },

  // Later and earlier reports.
  {
    kind: 'passage',
    id: 'c-news-national',
    sourceId: 'chinaNews20250407',
    zh: ['2024年，全国法院共执结911.82万件案件，执行到位金额超过2万亿元'],
    en: 'In 2024, courts nationwide concluded 9,118,200 enforcement cases, and the amount delivered through enforcement was over 2 trillion yuan',
  },
  {
    kind: 'passage',
    id: 'c-guangming-mid-december',
    sourceId: 'guangming20241223',
    zh: ['截至12月中旬，全国法院共执结涉农民工案件约6.9万件，执行到位金额17.2亿元'],
    en: 'By mid-December, courts nationwide had concluded about 69,000 enforcement cases involving migrant workers, and the amount delivered through enforcement was 1.72 billion yuan',
  },
  {
    kind: 'summary',
    id: 'c-daily-total-to-total',
    sourceId: 'courtDaily20210526',
    en: 'People’s Court Daily reports that the “total to total” (总对总) network inspection and control system was proposed in a 2014 joint opinion of the Supreme People’s Court and the China Banking Regulatory Commission, and that by 2021 it linked 21 national banks and over 3,900 banking institutions.',
  },
  {
    kind: 'summary',
    id: 'c-daily-point-to-point',
    sourceId: 'courtDaily20210526',
    en: 'People’s Court Daily reports that provincial “point-to-point” (点对点) systems began as pilots in 2012, in Zhejiang, Beijing, Shanghai and Jiangsu.',
  },
  {
    kind: 'summary',
    id: 'c-spc-network',
    sourceId: 'spcAccount2018',
    en: 'A Supreme People’s Court account from about 2018 says the network had grown to 16 agencies (among them public security, transport, civil affairs, the banking and insurance regulators and the central bank), covering 16 categories and 25 items of property (among them deposits, wealth products, ships, vehicles, securities and online funds).',
  },
  {
    kind: 'summary',
    id: 'c-wage-cases',
    sourceId: 'wageCases20250122',
    en: 'On 22 January 2025 the Supreme People’s Court and the Ministry of Human Resources and Social Security jointly released five typical criminal cases on malicious wage arrears: cases of refusing to pay labour remuneration (拒不支付劳动报酬), and one of refusing to carry out a judgment or ruling (拒不执行判决、裁定).',
  },
]);

/** The id of a passage or summary: its anchor on /source/. */
export type ContextTextId = (typeof contextTexts)[number]['id'];
/** The id of a summary: the site's own account of a report, which each edition writes in its own words. */
export type SummaryId = Extract<(typeof contextTexts)[number], { kind: 'summary' }>['id'];

/**
 * The Chinese report's wording of an English sentence, where it is known: the passages above
 * that render it. Shown under the English sentence wherever it is quoted.
 */
export const sentenceChinese: Record<string, string[]> = {
  s1: ['c-zh-figures'],
  s2: ['c-zh-figures'],
  s5: ['c-zh-case-types'],
  s6: ['c-zh-measure-one'],
  s7: ['c-zh-measure-one'],
  s8: ['c-zh-figures'],
  s9: ['c-zh-figures'],
  s10: ['c-zh-measure-two'],
  s11: ['c-zh-measure-two'],
  s14: ['c-zh-measure-three'],
  s15: ['c-zh-measure-three'],
};

/**
 * Anchors on /source/ that once named a passage and now name what is known in its place, so an
 * old link still lands somewhere true: the report's note on what of it is not known.
 */
export const retiredAnchors: Record<string, SourceId> = {
  'c-zh-measure-four': 'chinaNewsZh',
};

/** Sentences of the English item the explainer deliberately does not use, each with the reason (shown on /source/). */
export const unusedSentences = records<{ anchor: SentenceId; reason: string }>()([
  {
    anchor: 's24',
    reason: 'The reproducing site’s copyright notice: it is about that site, not about the interview.',
  },
]);

/** A sentence the explainer does not use; each edition says why in its own words. */
export type UnusedSentenceId = (typeof unusedSentences)[number]['anchor'];
