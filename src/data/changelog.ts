import type { ChangelogInput } from './schema';

/**
 * Corrections and updates, newest first: one dated sentence per change a reader
 * should know about. The newest entry's date is the "updated" date every
 * citation of the explainer gives, so a date is never typed anywhere else.
 * Validated when imported (src/data/index.ts): real YYYY-MM-DD dates, newest first.
 */
export const changelog: ChangelogInput[] = [
  {
    date: '2026-11-29',
    summary: 'First publication: all nine sections, the data page and the source text.',
  },
];
