/** The network chart's data, from the data module and the sources' own words only. */
import { getEvent, getFigure, getSource } from '../../data/index';
import { citedSource as cite, figureText } from '../../data/display';
import type { SourceId } from '../../data/sources';
import type { NetworkAnnotationDatum, NetworkData } from './layout';

/** Drawing only: "several" provincial systems are shown as this many thin lines; it is not a count. */
const provincialStrands = 3;

const interview = `Source: ${cite('interviewEn')}`;
/** People's Court Daily, the source of most of the context. */
const dailyName = getSource('courtDaily20210526').shortName;
const bare = (id: string) => figureText(getFigure(id), { bare: true, style: 'table' });
const text = (id: string) => figureText(getFigure(id), { style: 'table' });
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The property the interview names, in its order, with its Chinese words (context notes, section 1). */
const property = [
  { id: 'bankDeposits', label: 'Bank deposits', zh: '银行存款' },
  { id: 'realEstate', label: 'Real estate', zh: '房产' },
  { id: 'vehicles', label: 'Vehicles', zh: '车辆' },
  { id: 'equity', label: 'Equity', zh: '股权' },
];

export interface NetworkRow {
  element: string;
  says: string;
  source: string;
}

/** The dated context, oldest first, each naming its source in the chart. */
function networkContexts() {
  const pilots = getEvent('pointToPointPilots');
  const opinion = getEvent('totalToTotalOpinion');
  const reach = getEvent('networkReach2018');
  const banks = getFigure('totalToTotalNationalBanks');
  const spc = getSource('spcAccount2018');
  return [
    { id: 'pilots', attach: 'pointToPoint', date: pilots.dateLabel, about: 'Point-to-point', says: pilots.label, sourceId: 'courtDaily20210526', name: dailyName },
    { id: 'opinion', attach: 'totalToTotal', date: opinion.dateLabel, about: '“Total to total”', says: opinion.label, sourceId: 'courtDaily20210526', name: dailyName },
    {
      id: 'reach',
      attach: 'junction',
      date: reach.dateLabel,
      about: 'the network',
      says: `The network had grown to ${text('networkAgencies')}, covering ${text('networkPropertyCategories')} and ${text('networkPropertyItems')} of property`,
      sourceId: 'spcAccount2018',
      name: spc.publisher,
    },
    {
      id: 'banks',
      attach: 'totalToTotal',
      date: lowerFirst(banks.period),
      about: '“Total to total”',
      says: `Linked to ${bare('totalToTotalNationalBanks')} national banks and ${bare('totalToTotalBankingInstitutions')} banking institutions`,
      sourceId: 'courtDaily20210526',
      name: dailyName,
    },
  ] as const;
}

type NetworkContext = ReturnType<typeof networkContexts>[number];

/** The diagram: courts, the two systems, the property, and the dated context pinned to them. */
function networkDiagram(contexts: readonly NetworkContext[]): NetworkData {
  const annotations: NetworkAnnotationDatum[] = contexts.map((c) => ({
    id: c.id,
    attach: c.attach,
    date: c.date,
    about: c.about,
    text: `${c.says} (${c.name}).`,
  }));
  const contextLine = (id: string) => {
    const a = annotations.find((x) => x.id === id)!;
    return `Context, ${a.date}: ${lowerFirst(a.text)}`;
  };
  return {
    courts: {
      id: 'courts',
      label: 'Courts',
      tip: {
        title: 'Courts',
        detail: [
          'Use the “total to total” and point-to-point inspection and control systems to search for and control the property of the person enforced against',
          'Online and offline property investigation is strengthened',
          interview,
        ].join('\n'),
      },
    },
    channels: [
      {
        id: 'totalToTotal',
        label: '“Total to total”',
        sublabel: 'network system (context)',
        strands: 1,
        tip: {
          title: '“Total to total” system',
          detail: ['An inspection and control system the interview names', `Context (${dailyName}): the network inspection and control system`, contextLine('opinion'), contextLine('banks'), interview].join('\n'),
        },
      },
      {
        id: 'pointToPoint',
        label: 'Point-to-point',
        sublabel: 'provincial (context)',
        strands: provincialStrands,
        tip: {
          title: 'Point-to-point systems',
          detail: ['Inspection and control systems the interview names', `Context (${dailyName}): provincial systems`, contextLine('pilots'), interview].join('\n'),
        },
      },
    ],
    propertyHeading: 'Property of the person enforced against, such as',
    property: property.map((p) => ({
      id: p.id,
      label: p.label,
      tip: {
        title: p.label,
        detail: ['Property of the person enforced against that the interview names (its list begins “such as” and ends “etc.”)', interview].join('\n'),
      },
    })),
    annotations,
  };
}

/** The table: what the interview and the context sources say of each element, each with its source. */
function networkRows(contexts: readonly NetworkContext[]): NetworkRow[] {
  const interviewSource = cite('interviewEn');
  return [
    {
      element: 'Courts',
      says: 'Use the “total to total” (总对总) and point-to-point (点对点) inspection and control (查控) systems to search for and control the property of the person enforced against',
      source: interviewSource,
    },
    { element: '“Total to total” (总对总)', says: 'An inspection and control system the interview names', source: interviewSource },
    { element: '“Total to total” (总对总)', says: 'The network inspection and control system', source: cite('courtDaily20210526') },
    { element: 'Point-to-point (点对点)', says: 'Inspection and control systems the interview names', source: interviewSource },
    { element: 'Point-to-point (点对点)', says: 'Provincial systems', source: cite('courtDaily20210526') },
    ...property.map((p) => ({ element: `${p.label} (${p.zh})`, says: 'Property the interview names (its list begins “such as” and ends “etc.”)', source: interviewSource })),
    ...contexts.map((c) => ({ element: `Context, ${c.date}: ${c.about}`, says: `${c.says}.`, source: cite(c.sourceId) })),
  ];
}

export function networkData(): { data: NetworkData; rows: NetworkRow[]; contextSources: SourceId[] } {
  const contexts = networkContexts();
  return { data: networkDiagram(contexts), rows: networkRows(contexts), contextSources: ['courtDaily20210526', 'spcAccount2018'] };
}
