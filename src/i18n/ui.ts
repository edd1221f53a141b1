/**
 * Every word the site's own interface says (header, footer, buttons, page furniture), once per
 * edition. `UiStrings` is the list of keys: an edition missing one fails `astro check`, naming it.
 * The prose lives in content/, a chart's words in its definition, the data's words in src/data.
 * A new edition is one more object here (and its prose), not an edit to every component.
 */
import type { Locale } from '../lib/locale';

/** The opening's four headline figures, in the interview's order. */
export type KeyFigureId = 'livelihoodCases' | 'livelihoodAmount' | 'migrantWorkerCases' | 'migrantWorkerAmount';

export interface UiStrings {
  siteTitle: string;
  tagline: string;
  speaker: string;
  skipLink: string;
  siteNav: string;
  navContents: string;
  navData: string;
  navSource: string;
  /** The footer's sentence, around the interview's date and its two links. */
  footer: { builtFrom: (primary: string) => string; everyFigure: string; allFigures: string; between: string; sourceText: string; shipsWith: string };
  kicker: string;
  /** The opening's byline, before and after the interview's date. */
  byline: (speaker: string, primary: string) => readonly [string, string];
  /** What each key figure counts, its unit first (the number follows, bare). */
  keyFigures: Record<KeyFigureId, string>;
  /** Whether those words name the unit, so the number is shown without it ("Yuan delivered": 51.7 billion). */
  keyFiguresNameUnit: boolean;
  startReading: string;
  orSee: string;
  contentsLink: string;
  contents: string;
  /** "Section N" on /, "Section N of M" on a section page: the words around the numbers. */
  sectionKicker: readonly [string, string];
  sectionOf: readonly [string, string, string];
  readOnOwnPage: (shortTitle: string) => string;
  readInWhole: string;
  previous: string;
  next: string;
  prevNextLabel: string;
  linkToSection: (title: string) => string;
  copyLink: string;
  copyLinkTo: (title: string) => string;
  share: string;
  shareTitle: (title: string) => string;
  linkCopied: string;
  couldNotCopy: string;
  print: string;
  theme: string;
  themeChoices: { system: string; light: string; dark: string };
  notesTitle: string;
  notesLabel: (shortTitle: string) => string;
  panelFigure: string;
  panelStatement: string;
  panelGlossary: string;
  notFound: { title: string; description: string; standfirst: string; startFrom: string; wholeExplainer: string; orSection: string; orSee: string; everyFigure: string; and: string; sourceText: string; end: string };
  printMasthead: { source: (primary: string) => string; lastUpdated: string; thisPage: string };
  /** The opening's statement of what the explainer is built from, around the date and its two links. */
  sourceLine: (primary: string, speaker: string, others: number) => readonly [string, string, string, string];
  fullSourceText: string;
  /** After this site's own translation of the English item (<Translated>). */
  translatedLabel: string;
  /** The label of a context box and the words after it. */
  contextTag: string;
  contextSources: (sources: readonly string[]) => string;
  contextBoxLabel: string;
  /** A statement marker's name for screen readers, and how a marker citing context outside a box names its source. */
  sourceNote: string;
  contextInline: (sources: readonly string[]) => string;
  /** The page at a renamed section's old address. */
  moved: { title: (title: string, from: string) => string; description: (title: string, target: string) => string; heading: string; isNowAt: readonly [string, string] };
  /** A sentence's full stop. */
  stop: string;
}

const en: UiStrings = {
  siteTitle: 'Enforcing livelihood cases in China, 2024',
  tagline: "An explainer of one interview: how China's courts enforced claims for wages, family support and injury compensation in 2024.",
  speaker: 'Huang Wenjun, Director of the Supreme People’s Court’s Enforcement Bureau',
  skipLink: 'Skip to content',
  siteNav: 'Site',
  navContents: 'Contents',
  navData: 'Data',
  navSource: 'Source',
  footer: {
    builtFrom: (primary) => `Built from one English news item (${primary}, interview of `,
    everyFigure:
      ') and context from other reports, labelled as context. Every figure, and every statement taken from a source, links to the sentence or passage it rests on (',
    allFigures: 'all figures',
    between: '); the full ',
    sourceText: 'source text',
    shipsWith: ' ships with the site.',
  },
  kicker: 'Explainer',
  byline: (speaker, primary) => ['The interview of ', ` with ${speaker}, as reported in English by ${primary}`],
  keyFigures: {
    livelihoodCases: 'Livelihood cases concluded',
    livelihoodAmount: 'Yuan delivered in them',
    migrantWorkerCases: 'Of them, cases of rural migrant workers',
    migrantWorkerAmount: 'Yuan delivered in those cases',
  },
  keyFiguresNameUnit: true,
  startReading: 'Start reading: ',
  orSee: ' or see the ',
  contentsLink: 'contents',
  contents: 'Contents',
  sectionKicker: ['Section ', ''],
  sectionOf: ['Section ', ' of ', ''],
  readOnOwnPage: (shortTitle) => `Read “${shortTitle}” on its own page`,
  readInWhole: 'Read it in the whole explainer',
  previous: 'Previous',
  next: 'Next',
  prevNextLabel: 'Previous and next sections',
  linkToSection: (title) => `Link to section: ${title}`,
  copyLink: 'Copy link',
  copyLinkTo: (title) => ` to “${title}”`,
  share: 'Share',
  shareTitle: (title) => ` “${title}”`,
  linkCopied: 'Link copied',
  couldNotCopy: 'Could not copy. The link:',
  print: 'Print / Save as PDF',
  theme: 'Theme:',
  themeChoices: { system: 'System', light: 'Light', dark: 'Dark' },
  notesTitle: 'Where the numbers and statements come from',
  notesLabel: (shortTitle) => `Where the numbers and statements in “${shortTitle}” come from`,
  panelFigure: 'Where this number comes from',
  panelStatement: 'Where this statement comes from',
  panelGlossary: 'Glossary',
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Here are the sections of the explainer.',
    standfirst: 'There is no page at this address. It may have been mistyped; section links never change.',
    startFrom: 'Start from ',
    wholeExplainer: 'the whole explainer',
    orSection: ', or go straight to a section:',
    orSee: 'Or see ',
    everyFigure: 'every figure',
    and: ' and ',
    sourceText: 'the source text',
    end: '.',
  },
  printMasthead: {
    source: (primary) => `Source: ${primary}, English news item on the interview of `,
    lastUpdated: '. Last updated ',
    thisPage: 'This page: ',
  },
  stop: '.',
  moved: {
    title: (title, from) => `Moved: ${title} (formerly “${from}”)`,
    description: (title, target) => `This section has a new address: “${title}” is now at ${target}`,
    heading: 'This section has moved',
    isNowAt: ['“', '” is now at '],
  },
  translatedLabel: ' (this site’s translation of the English item)',
  contextTag: 'Context',
  contextSources: (sources) => `not in the English news item. ${sources.length > 1 ? 'Sources' : 'Source'}: ${sources.join('; ')}`,
  contextBoxLabel: 'Context from other sources',
  sourceNote: 'Source note',
  contextInline: (sources) => `(context: ${sources.join('; ')})`,
  sourceLine: (primary, speaker, others) => [
    `Built on one primary source: an English news item by ${primary} on the interview ${speaker}, gave on `,
    `. The Chinese wording and facts from ${others} other sources are added and labelled as context. Every figure, and every statement taken from a source, links to the sentence or passage it rests on (`,
    ', ',
    ').',
  ],
  fullSourceText: 'the full source text',
};

const zh: UiStrings = {
  siteTitle: '2024年中国法院执行涉民生案件',
  tagline: '解读一次访谈：2024年，中国法院如何执行追索劳动报酬、赡养扶养和人身损害赔偿等涉民生案件。',
  speaker: '最高人民法院执行局局长黄文俊',
  skipLink: '跳到正文',
  siteNav: '网站',
  navContents: '目录',
  navData: '数据',
  navSource: '原文',
  footer: {
    builtFrom: (primary) => `本站依据${primary}的一篇英文报道写成（访谈日期：`,
    everyFigure: '），其他报道提供的事实均标为背景。每个数字、每个取自来源的陈述，都链接到它所依据的句子或段落（',
    allFigures: '全部数字',
    between: '）；',
    sourceText: '来源全文',
    shipsWith: '随本站一同发布。',
  },
  kicker: '解读',
  byline: (speaker, primary) => [`${speaker}于`, `接受访谈，据${primary}的英文报道`],
  keyFigures: {
    livelihoodCases: '执结涉民生案件',
    livelihoodAmount: '执行到位金额',
    migrantWorkerCases: '其中涉农民工案件',
    migrantWorkerAmount: '涉农民工案件执行到位金额',
  },
  keyFiguresNameUnit: false,
  startReading: '开始阅读：',
  orSee: '，或查看',
  contentsLink: '目录',
  contents: '目录',
  sectionKicker: ['第', '节'],
  sectionOf: ['第', '节，共', '节'],
  readOnOwnPage: (shortTitle) => `单独阅读“${shortTitle}”`,
  readInWhole: '在全文中阅读',
  previous: '上一节',
  next: '下一节',
  prevNextLabel: '上一节和下一节',
  linkToSection: (title) => `本节链接：${title}`,
  copyLink: '复制链接',
  copyLinkTo: (title) => `：“${title}”`,
  share: '分享',
  shareTitle: (title) => `：“${title}”`,
  linkCopied: '链接已复制',
  couldNotCopy: '无法复制。链接：',
  print: '打印 / 存为PDF',
  theme: '配色：',
  themeChoices: { system: '跟随系统', light: '浅色', dark: '深色' },
  notesTitle: '数字与陈述的出处',
  notesLabel: (shortTitle) => `“${shortTitle}”中数字与陈述的出处`,
  panelFigure: '这个数字的出处',
  panelStatement: '这句陈述的出处',
  panelGlossary: '术语表',
  notFound: {
    title: '找不到页面',
    description: '这个地址没有页面。以下是本解读的各节。',
    standfirst: '这个地址没有页面，可能是输入有误；各节的链接从不改变。',
    startFrom: '从',
    wholeExplainer: '全文',
    orSection: '开始阅读，或直接前往某一节：',
    orSee: '也可查看',
    everyFigure: '全部数字',
    and: '和',
    sourceText: '来源原文',
    end: '。',
  },
  printMasthead: {
    source: (primary) => `来源：${primary}关于访谈的英文报道，访谈日期：`,
    lastUpdated: '。最后更新：',
    thisPage: '本页地址：',
  },
  stop: '。',
  moved: {
    title: (title, from) => `已迁移：${title}（原地址“${from}”）`,
    description: (title, target) => `本节已有新地址：“${title}”现在位于${target}`,
    heading: '本节已迁移',
    isNowAt: ['“', '”现在位于'],
  },
  translatedLabel: '（译自英文报道）',
  contextTag: '背景',
  contextSources: (sources) => `英文报道中没有这些内容。来源：${sources.join('；')}`,
  contextBoxLabel: '其他来源提供的背景',
  sourceNote: '出处注释',
  contextInline: (sources) => `（背景：${sources.join('；')}）`,
  sourceLine: (primary, speaker, others) => [
    `本解读只有一个主要来源：${primary}关于${speaker}于`,
    `所接受访谈的英文报道。另有${others}个来源提供中文报道原文和其他事实，均标为背景。每个数字、每个取自来源的陈述，都链接到它所依据的句子或段落（`,
    '、',
    '）。',
  ],
  fullSourceText: '来源全文',
};

export const ui: Record<Locale, UiStrings> = { en, zh };
