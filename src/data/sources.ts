/**
 * Every source the site quotes, checked against `sourceSchema` (schema.ts) when the data module loads. `quotedIn`
 * names the shipped text file in which each quoted sentence must occur verbatim: the English item itself, or the
 * context notes (which hold the Chinese wording and the context). A dated source's `dateLabel` is derived from its
 * date; only an undated source, or one dated to a year alone, says it in words.
 */
import type { SourceInput } from './schema';

export type { SourceRecord } from './schema';

export const sourceTextIds = ['interview-en', 'context-notes'] as const;
export type SourceTextId = (typeof sourceTextIds)[number];

const sourceRecords = [
  {
    id: 'interviewEn',
    title: 'English news item reporting an interview with Huang Wenjun (New Society)',
    titleIsDescription: true,
    publisher: 'China News Network, reproduced by an outlook new era site',
    shortName: 'China News Network',
    // The item carries no date of its own; only the interview is dated, by the Chinese reports (interviewDateText).
    dateLabel: 'undated (n.d.)',
    language: 'en',
    role: 'primary',
    quotedIn: 'interview-en',
  },
  {
    id: 'chinaNewsZh',
    title: '最高法：2024年全国法院共执结涉民生案件约64万件',
    publisher: 'China News Service',
    shortName: 'China News Service',
    date: '2025-03-10',
    language: 'zh',
    role: 'context',
    quotedIn: 'context-notes',
    note: 'The Chinese report of the same interview, quoted in simplified characters. Its wording of the fourth measure, judicial assistance, and of the judicial-assistance figures is not known.',
  },
  {
    id: 'chinaTrial',
    title: 'Write-up of the third interview event',
    titleIsDescription: true,
    publisher: '《中国审判》 (China Trial magazine)',
    shortName: 'China Trial magazine',
    dateLabel: 'undated; reports the event of 10 March 2025',
    language: 'zh',
    role: 'context',
    quotedIn: 'context-notes',
  },
  {
    id: 'chinaNews20250407',
    title: 'Report on nationwide enforcement in 2024',
    titleIsDescription: true,
    publisher: 'China News',
    shortName: 'China News',
    date: '2025-04-07',
    language: 'zh',
    role: 'context',
    quotedIn: 'context-notes',
  },
  {
    id: 'guangming20241223',
    title: 'Report on migrant-worker wage enforcement to mid-December 2024',
    titleIsDescription: true,
    publisher: 'Guangming Online',
    shortName: 'Guangming Online',
    date: '2024-12-23',
    language: 'zh',
    role: 'context',
    quotedIn: 'context-notes',
  },
  {
    id: 'courtDaily20210526',
    title: 'Account of the "total to total" inspection and control system',
    titleIsDescription: true,
    publisher: "People's Court Daily (chinacourt.org)",
    shortName: "People's Court Daily",
    date: '2021-05-26',
    language: 'zh',
    role: 'context',
    quotedIn: 'context-notes',
  },
  {
    id: 'spcAccount2018',
    title: 'Supreme People\'s Court account of the inspection and control network',
    titleIsDescription: true,
    publisher: "Supreme People's Court",
    shortName: "Supreme People's Court",
    date: '2018',
    dateLabel: 'about 2018',
    language: 'zh',
    role: 'context',
    quotedIn: 'context-notes',
    note: 'Its date is known only as about 2018, so its figures describe the network at about that time.',
  },
  {
    id: 'wageCases20250122',
    title: 'Typical criminal cases on malicious wage arrears (joint release)',
    titleIsDescription: true,
    publisher: "Supreme People's Court and Ministry of Human Resources and Social Security",
    shortName: "Supreme People's Court and Ministry of Human Resources and Social Security",
    date: '2025-01-22',
    language: 'zh',
    role: 'context',
    quotedIn: 'context-notes',
    note: 'This batch may or may not be the five cases the interview meant; which cases were meant is not known.',
  },
] as const satisfies readonly SourceInput[];

export type SourceId = (typeof sourceRecords)[number]['id'];

/** The sources as written, typed as input (the literal list above fixes the id type); src/data/index.ts has them validated. */
export const sources: readonly (SourceInput & { id: SourceId })[] = sourceRecords;
