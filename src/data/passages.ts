import type { SourceId } from './sources';

/**
 * What statement markers (<Src at="…">) can cite besides the English item's
 * sentences (`s1` … `s25`, numbered by splitSentences): passages of the context
 * sources and of the Chinese report. Each `text` is copied word for word from the
 * context notes (src/data/source-texts/context.md) and checked against them when
 * the data module loads; each `id` is its anchor on /source/, so never rename one.
 */
export interface PassageInput {
  /** Stable anchor on /source/: `c-` and lower-case words. */
  id: string;
  sourceId: SourceId;
  text: string;
}

export const passages: PassageInput[] = [
  // The Chinese report of the same interview (China News Service).
  { id: 'c-zh-report', sourceId: 'chinaNewsZh', text: 'The Chinese report of the same interview (China News Service, 10 March 2025)' },
  {
    id: 'c-zh-figures',
    sourceId: 'chinaNewsZh',
    text: '2024年,全国法院共执结涉民生案件约64万件,执行到位金额约517亿元。其中,执行结案涉农民工案件7.52万件,执行到位金额18.64亿元。',
  },
  {
    id: 'c-zh-case-types',
    sourceId: 'chinaNewsZh',
    text: '追索劳动报酬、农民工工资、赡养费、扶养费、抚育费、抚恤金、医疗损害赔偿、交通事故人身损害赔偿、工伤保险待遇等案件.',
  },
  { id: 'c-zh-measure-one', sourceId: 'chinaNewsZh', text: '一是开展专项行动 (special actions; 元旦、春节期间 centralized enforcement; 快速立案、优先执行、优先发放执行款 = rapid filing, priority enforcement, priority payout of enforcement funds);' },
  { id: 'c-zh-measure-two', sourceId: 'chinaNewsZh', text: '二是加大执行力度 (enforcement intensity; "总对总"、点对点查控系统; 银行存款、房产、车辆、股权);' },
  { id: 'c-zh-measure-three', sourceId: 'chinaNewsZh', text: '三是加强案例引导 (case guidance; 典型案例);' },
  { id: 'c-zh-measure-four', sourceId: 'chinaNewsZh', text: '四 is judicial assistance (司法救助).' },

  // China Trial magazine's write-up of the same event.
  {
    id: 'c-trial-event',
    sourceId: 'chinaTrial',
    text: 'it confirms it was the third event (第三场活动) of the series, held on the afternoon of 10 March, and that Tsinghua University law professor Chen Hangping (陈杭平) also took part.',
  },
  {
    id: 'c-trial-theme',
    sourceId: 'chinaTrial',
    text: 'Its theme: 推进"切实解决执行难"、及时兑现当事人胜诉权益 (pressing on with "truly solving the difficulty of enforcement" and promptly delivering what winning parties were awarded).',
  },
  {
    id: 'c-trial-broadcast',
    sourceId: 'chinaTrial',
    text: 'A China Media Group presenter hosted it; more than 40 media outlets and platforms carried the live broadcast.',
  },
  {
    id: 'c-trial-national',
    sourceId: 'chinaTrial',
    text: 'Nationwide 2024 enforcement, said by Huang Wenjun in the same interview (《中国审判》 write-up):执行到位金额达2.3万亿元 (2.3 trillion yuan delivered through enforcement, up 3.5% year on year, "equivalent to 1.73% of GDP"); enforcement judges handled 928 cases each on average.',
  },

  // Later and earlier reports.
  {
    id: 'c-news-national',
    sourceId: 'chinaNews20250407',
    text: 'China News, 7 April 2025: 2024年,全国法院共执结911.82万件案件,执行到位金额超过2万亿元(9,118,200 enforcement cases concluded, over 2 trillion yuan).',
  },
  {
    id: 'c-guangming-mid-december',
    sourceId: 'guangming20241223',
    text: 'Mid-December 2024 (Guangming Online, 23 Dec 2024): 截至12月中旬,全国法院共执结涉农民工案件约6.9万件,执行到位金额17.2亿元 (about 69,000 migrant-worker cases concluded, 1.72 billion yuan, by mid-December)',
  },
  {
    id: 'c-daily-total-to-total',
    sourceId: 'courtDaily20210526',
    text: 'The "total to total" (总对总) network inspection and control system (People\'s Court Daily, chinacourt.org, 26 May 2021): proposed in a 2014 joint opinion of the Supreme People\'s Court and the China Banking Regulatory Commission; by 2021 linked to 21 national banks and over 3,900 banking institutions.',
  },
  {
    id: 'c-daily-point-to-point',
    sourceId: 'courtDaily20210526',
    text: 'Provincial "point-to-point" (点对点) systems began as pilots in 2012 (Zhejiang, Beijing, Shanghai, Jiangsu).',
  },
  {
    id: 'c-spc-network',
    sourceId: 'spcAccount2018',
    text: 'A later SPC account (about 2018, via a secondary copy) says the network had grown to 16 agencies (public security, transport, civil affairs, banking and insurance regulators, the central bank …) covering 16 categories and 25 items of property (deposits, wealth products, ships, vehicles, securities, online funds …).',
  },
  {
    id: 'c-wage-cases',
    sourceId: 'wageCases20250122',
    text: 'On 22 January 2025 the SPC and the Ministry of Human Resources and Social Security jointly released five typical *criminal* cases on malicious wage arrears (拒不支付劳动报酬 and one 拒不执行判决、裁定); that batch may or may not be the one meant.',
  },
];

/**
 * The Chinese report's wording of an English sentence, where it is known: the
 * passages above that render it. Shown under the English sentence in its panel.
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
  s17: ['c-zh-measure-four'],
};

/** Sentences of the English item the explainer deliberately does not use, each with the reason (shown on /source/). */
export const unusedSentences: { anchor: string; reason: string }[] = [
  {
    anchor: 's24',
    reason: 'The reproducing site’s copyright notice: it is about that site, not about the interview.',
  },
];
