/** The network chart's data, from the data module only: what the diagram links, and the dated context pinned to it. */
import { getEvent, getFigure, type Figure } from '../../data/index';
import type { SourceEvent } from '../../data/schema';
import type { SourceId } from '../../data/sources';

/** The two systems the interview names, and the property it names, in its order. */
export type ChannelId = 'totalToTotal' | 'pointToPoint';
export type PropertyId = 'bankDeposits' | 'realEstate' | 'vehicles' | 'equity';
const property: PropertyId[] = ['bankDeposits', 'realEstate', 'vehicles', 'equity'];

/** Drawing only: "several" provincial systems are shown as this many thin lines; it is not a count. */
const provincialStrands = 3;

/** The dated context, oldest first: the element each note is pinned to ("junction": the network as a whole) and its source. */
const contexts = [
  { id: 'pilots', attach: 'pointToPoint', sourceId: 'courtDaily20210526' },
  { id: 'opinion', attach: 'totalToTotal', sourceId: 'courtDaily20210526' },
  { id: 'reach', attach: 'junction', sourceId: 'spcAccount2018' },
  { id: 'banks', attach: 'totalToTotal', sourceId: 'courtDaily20210526' },
] as const;

export type ContextId = (typeof contexts)[number]['id'];
export type Attach = (typeof contexts)[number]['attach'];

/** The events and figures the context notes report. */
export interface NetworkCited {
  pilots: SourceEvent;
  opinion: SourceEvent;
  reach: SourceEvent;
  agencies: Figure;
  categories: Figure;
  items: Figure;
  banks: Figure;
  institutions: Figure;
}

export interface NetworkFacts {
  /** Each system, drawn with `strands` links on to the property, and the context source whose words describe it. */
  channels: { id: ChannelId; strands: number; describedBy: SourceId }[];
  property: PropertyId[];
  contexts: { id: ContextId; attach: Attach; sourceId: SourceId }[];
  cited: NetworkCited;
  /** The context sources, in order of first use. */
  contextSources: SourceId[];
}

export function networkData(): NetworkFacts {
  return {
    channels: [
      { id: 'totalToTotal', strands: 1, describedBy: 'courtDaily20210526' },
      { id: 'pointToPoint', strands: provincialStrands, describedBy: 'courtDaily20210526' },
    ],
    property,
    contexts: contexts.map(({ id, attach, sourceId }) => ({ id, attach, sourceId })),
    cited: {
      pilots: getEvent('pointToPointPilots'),
      opinion: getEvent('totalToTotalOpinion'),
      reach: getEvent('networkReach2018'),
      agencies: getFigure('networkAgencies'),
      categories: getFigure('networkPropertyCategories'),
      items: getFigure('networkPropertyItems'),
      banks: getFigure('totalToTotalNationalBanks'),
      institutions: getFigure('totalToTotalBankingInstitutions'),
    },
    contextSources: [...new Set(contexts.map((c) => c.sourceId))],
  };
}
