import type { ChangelogInput } from './schema';

/**
 * Corrections and updates, newest first: one dated sentence per change a reader
 * should know about. The newest entry's date is the "updated" date every
 * citation of the explainer gives, so a date is never typed anywhere else.
 * Validated when imported (src/data/index.ts): real YYYY-MM-DD dates, newest first.
 */
export const changelog: ChangelogInput[] = [
  {
    date: '2026-12-06',
    summary:
      'The Chinese edition: every page, chart, note, table, download and share card in Simplified Chinese at the same address under /zh/, quoting the Chinese report where its wording is known and otherwise giving this site’s translation of the English item, marked as one.',
    zh: '中文版发布：每个页面、图表、注释、表格、下载文件和分享卡片都有简体中文版，地址与英文版相同，只是加上/zh/前缀。凡中文报道原文可知之处，引用原文；其余为本站译自英文报道的译文，并标明是译文。',
  },
  {
    date: '2026-12-06',
    summary:
      'Corrections: the entry of 1 December 2026 said every statement links to the sentence it rests on; more exactly, every figure and every statement taken from a source does. A passage from another report now gives that report’s own Chinese wording with this site’s translation, labelled as a translation; where a report’s wording is not known, the site’s summary of it is labelled as a summary. The interview’s full date is labelled as coming from the Chinese reports, since the English item gives only the day.',
  },
  {
    date: '2026-12-01',
    summary:
      'Figure 3 shows the cases and the yuan side by side, each with its rural migrant-worker share; in the downloads, that share has a column of its own and the case types list the Chinese term first.',
  },
  {
    date: '2026-12-01',
    summary:
      'Corrections: every statement now links to the sentence it rests on; statements the sources do not support were removed or reworded, context facts are labelled as context, and the English news item is cited as undated.',
  },
  {
    date: '2026-11-29',
    summary: 'First publication: all nine sections, the data page and the source text.',
  },
];
