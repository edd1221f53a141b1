import { records, type EventInput } from './schema';

/**
 * Dated events the sources mention, oldest first. Prose renders a date with
 * <When id="…">, and the timeline draws from this list. `sentence` is checked
 * verbatim against the source's shipped text like a figure's. `dateLabel` is
 * derived from `date`; only a year that needs a word ("about 2018") gives one.
 */
export const events = records<EventInput>()([
  {
    id: 'pointToPointPilots',
    date: '2012',
    label: 'Provincial “point-to-point” inspection and control systems begin as pilots in Zhejiang, Beijing, Shanghai and Jiangsu',
    sourceId: 'courtDaily20210526',
    sentence: 'Provincial "point-to-point" (点对点) systems began as pilots in 2012 (Zhejiang, Beijing, Shanghai, Jiangsu).',
  },
  {
    id: 'totalToTotalOpinion',
    date: '2014',
    label: 'A joint opinion of the Supreme People’s Court and the China Banking Regulatory Commission proposes the “total to total” system',
    sourceId: 'courtDaily20210526',
    sentence: "proposed in a 2014 joint opinion of the Supreme People's Court and the China Banking Regulatory Commission",
  },
  {
    id: 'networkReach2018',
    date: '2018',
    dateLabel: 'about 2018',
    label: 'A Supreme People’s Court account describes the network’s reach across agencies and kinds of property',
    sourceId: 'spcAccount2018',
    sentence: 'A later SPC account (about 2018, via a secondary copy) says the network had grown to 16 agencies',
    figures: ['networkAgencies', 'networkPropertyCategories', 'networkPropertyItems'],
  },
  {
    id: 'totalToTotalReach2021',
    date: '2021-05-26',
    label: 'People’s Court Daily reports how many banks the “total to total” system reaches',
    sourceId: 'courtDaily20210526',
    sentence: 'by 2021 linked to 21 national banks and over 3,900 banking institutions',
    figures: ['totalToTotalNationalBanks', 'totalToTotalBankingInstitutions'],
  },
  {
    id: 'midDecemberCount',
    date: '2024-12-23',
    label: 'Guangming Online reports the rural migrant-worker cases concluded by mid-December',
    sourceId: 'guangming20241223',
    sentence: 'Mid-December 2024 (Guangming Online, 23 Dec 2024)',
    figures: ['migrantWorkerCasesMidDecember', 'migrantWorkerAmountMidDecember'],
  },
  {
    id: 'criminalWageCasesReleased',
    date: '2025-01-22',
    label:
      'The Supreme People’s Court and the Ministry of Human Resources and Social Security jointly release typical criminal cases on malicious wage arrears',
    sourceId: 'wageCases20250122',
    sentence: 'SPC and the Ministry of Human Resources and Social Security jointly released five typical',
  },
  {
    id: 'interview',
    date: '2025-03-10',
    label: 'Huang Wenjun speaks at the third event of the all-media interview series on the Supreme People’s Court Work Report',
    sourceId: 'chinaTrial',
    sentence: 'held on the afternoon of 10 March',
    figures: ['livelihoodCases', 'livelihoodAmount', 'migrantWorkerCases', 'migrantWorkerAmount', 'judicialAssistancePeople', 'judicialAssistanceAmount'],
  },
  {
    id: 'nationalTotalsReported',
    date: '2025-04-07',
    label: 'China News reports its nationwide enforcement totals for 2024',
    sourceId: 'chinaNews20250407',
    sentence: 'China News, 7 April 2025',
    figures: ['nationalCasesConcluded', 'nationalAmountChinaNews'],
  },
]);

export type EventId = (typeof events)[number]['id'];
