/**
 * Every word the site's own interface says (header, footer, buttons, page furniture), once per
 * edition, in a file per edition (en.ts, zh.ts). `UiStrings` is the list of keys: an edition missing
 * one fails `astro check`, naming it.
 * The prose lives in content/, a chart's words in its definition, the data's words in src/data.
 * A new edition is one more object here (and its prose), not an edit to every component.
 */
import type { Locale } from '../lib/locale';
import type { TableWords } from '../lib/tableSort';
import { en } from './en';
import { zh } from './zh';

/** The opening's four headline figures, in the interview's order. */
export type KeyFigureId = 'livelihoodCases' | 'livelihoodAmount' | 'migrantWorkerCases' | 'migrantWorkerAmount';

export interface UiStrings {
  siteTitle: string;
  tagline: string;
  speaker: string;
  skipLink: string;
  siteNav: string;
  navData: string;
  navSource: string;
  /** The footer's sentence, around the interview's date and its two links. */
  footer: { builtFrom: (primary: string) => string; everyFigure: string; allFigures: string; between: string; sourceText: string; shipsWith: string };
  kicker: string;
  /** The opening's byline, before and after the interview's date. */
  byline: (speaker: string, primary: string) => readonly [string, string];
  /** What each key figure counts, its unit first (the number follows, bare). */
  keyFigures: Record<KeyFigureId, string>;
  /** Above them: where and when they count ("Courts nationwide, 2024"). */
  keyFiguresTitle: (scope: string, period: string) => string;
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
  /** A section's notes: what each quotation is and where it is from. */
  notes: {
    primary: (name: string) => string;
    chineseFrom: (names: readonly string[]) => string;
    translation: string;
    summary: (label: string) => string;
    repeated: (count: number) => string;
    seeSentence: (n: number) => string;
    seeOnSourcePage: string;
    chineseOnSourcePage: string;
    /** Whether a note leads with the Chinese report's wording, before the English item's sentence. */
    leadWithChinese: boolean;
    /** Above the Chinese report's wording, and above the English item's sentence, where an edition leads with Chinese. */
    original: string;
    englishItem: string;
  };
  /** A figure in its note: its value, what it counts, where it is from. */
  figureNote: (value: string, label: string, provenance: string) => string;
  /** The space between sentences (none in Chinese). */
  space: string;
  /** What a glossary entry or term panel says besides the explanation. */
  terms: {
    /** Before the precise English term, in an edition that does not head the entry with it (none in English). */
    englishTerm?: string;
    /** Between that term and the English item's word, in one line. */
    between?: string;
    itemSays: readonly [string, string];
    contextSources: (names: readonly string[]) => string;
    entryLink: string;
  };
  changelog: { title: string; intro: string; colon: string };
  sourceList: { comma: string; reports: string; stop: string; primary: string; context: string; space: string };
  /** "Cite this": the disclosures' names, the notes under them, the copy button and what it announces. */
  cite: {
    section: string;
    explainer: string;
    source: string;
    /** Around the update date and the link to the corrections. */
    updated: readonly [string, string, string, string];
    /** Around the link to the source page. */
    undated: readonly [string, string, string];
    copy: string;
    copied: string;
    copyName: (name: string) => string;
    /** Announced once copied; {name} is the citation style's. */
    copiedCitation: (name: string) => string;
  };
  /** /data/: its heading and introduction, the kinds of figure, and the table's words. */
  dataPage: {
    title: string;
    tabTitle: string;
    description: string;
    standfirst: string;
    download: string;
    sameRows: string;
    kinds: Record<'interview' | 'context' | 'derived', string>;
    show: string;
    all: string;
    caption: string;
    columns: Record<'label' | 'kind' | 'value', string>;
    periodAndScope: string;
    sourceOrFormula: string;
    formula: string;
    source: string;
    fromContext: string;
    inputs: string;
    listSeparator: string;
    translation: string;
    summary: string;
  };
  /** /source/: the item, the sentences left unused, the pairs with the Chinese report, the context sources. */
  sourcePage: {
    title: string;
    description: string;
    standfirst: string;
    plainText: string;
    itemTitle: string;
    /** Pair every sentence with its Chinese (the report's wording where known, this site's translation) in place of the item as published. */
    pairEverySentence: boolean;
    original: string;
    translation: string;
    sentence: (n: number) => string;
    colon: string;
    unusedTitle: string;
    unusedIntro: string;
    pairsTitle: string;
    pairsIntro: string;
    contextTitle: string;
    contextIntro: string;
    ownWords: string;
    /** Whether a passage shows this site's translation under the report's wording (not for readers of the wording's language). */
    showTranslation: boolean;
    summaries: string;
    passageLink: string;
    passageTranslationLink: string;
    summaryLink: string;
  };
  /** /data/'s table of every figure: its status sentence (TableWords). */
  table: TableWords;
  /** A sentence's full stop. */
  stop: string;
}

export const ui: Record<Locale, UiStrings> = { en, zh };
