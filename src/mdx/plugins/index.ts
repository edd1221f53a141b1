/**
 * The remark plugins the prose goes through, with their options computed from the data module and the
 * chart list: astro.config.mjs only wires them in, and the options are unit-tested here.
 */
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import type { Dataset } from '../../data/dataset';
import type { SourceRecord } from '../../data/sources';
import { occursVerbatim } from '../../data/sourceText';
import { remarkKnownIds } from './remarkKnownIds';
import { remarkSourceNotes, type SourceNoteOptions } from './remarkSourceNotes';
import { remarkStatements } from './remarkStatements';

/**
 * One note per source sentence: a figure is quoted from its sentence (or passage) and from the passage
 * holding its Chinese wording; an English sentence goes with its Chinese passages, and sentences the source
 * repeats word for word are quoted once.
 */
export function sourceNoteOptions(dataset: Pick<Dataset, 'figures' | 'citable'>): Required<SourceNoteOptions> {
  const citable = [...dataset.citable.values()];
  return {
    figureAnchors: new Map(
      dataset.figures.map((f) => {
        if (f.kind === 'derived' || !f.sourceAnchor) return [f.id, []];
        const zh = f.sentenceZh?.text;
        const zhPassages = zh ? citable.filter((c) => c.id !== f.sourceAnchor && c.zh.some((run) => occursVerbatim(zh, run))).map((c) => c.id) : [];
        return [f.id, [f.sourceAnchor, ...zhPassages]];
      }),
    ),
    linked: new Map(citable.map((c) => [c.id, [...c.chinese, ...citable.filter((o) => o.id !== c.id && o.text === c.text).map((o) => o.id)]])),
  };
}

/**
 * The Chinese wording a Chinese edition may quote for each anchor: a passage's runs; for a sentence of
 * the English item, the runs of the passages that give its Chinese and its figures' Chinese sentences.
 */
export function chineseWording(dataset: Pick<Dataset, 'figures' | 'citable'>): Map<string, string[]> {
  const citable = [...dataset.citable.values()];
  return new Map(
    citable.map((c) => {
      const passages = c.chinese.flatMap((id) => dataset.citable.get(id)?.zh ?? []);
      const figures = dataset.figures.flatMap((f) => (f.kind !== 'derived' && f.sourceAnchor === c.id && f.sentenceZh ? [f.sentenceZh.text] : []));
      return [c.id, [...c.zh, ...passages, ...figures]];
    }),
  );
}

/** What the prose may name: the plugins in the order they run, with their options. */
export function remarkPlugins({
  dataset,
  sources,
  chartIds,
  contextNotes,
}: {
  dataset: Dataset;
  sources: readonly SourceRecord[];
  chartIds: readonly string[];
  contextNotes: string;
}): RemarkPlugins {
  return [
    [remarkSourceNotes, sourceNoteOptions(dataset)],
    [
      remarkKnownIds,
      {
        references: {
          Fig: new Set(dataset.byId.keys()),
          Period: new Set(dataset.byId.keys()),
          When: new Set(dataset.events.map((e) => e.id)),
          Term: new Set(dataset.glossary.map((e) => e.id)),
          Chart: new Set(chartIds),
        },
      },
    ],
    [
      remarkStatements,
      {
        citable: dataset.citable,
        contextSources: new Set(sources.filter((s) => s.role === 'context').map((s) => s.id)),
        contextNotes,
        chineseOf: chineseWording(dataset),
        // A Chinese edition names a glossary term's English and a source by its English name (the sources give no Chinese one).
        englishTerms: [...dataset.glossary.flatMap((e) => [e.english, ...(e.sourceEnglish ? [e.sourceEnglish] : [])]), ...sources.flatMap((s) => [s.shortName, s.publisher])],
      },
    ],
  ];
}
