/**
 * The path of a case, as the interview describes its measures: its boxes on a grid, the arrows between them, the
 * order its steps are told in and the figures they cite. The words (chart.ts) say only what the interview says.
 */
import { getFigure, type Figure } from '../../data/index';
import type { PathEdge, PathNode } from './layout';

export const pathNodes = [
  { id: 'filing', cell: { col: 0, row: 0 }, branch: false },
  { id: 'search', cell: { col: 0, row: 1 }, branch: false },
  { id: 'enforcement', cell: { col: 0, row: 2 }, branch: false },
  { id: 'payout', cell: { col: 0, row: 3 }, branch: false },
  { id: 'assistance', cell: { col: 1, row: 1 }, branch: true },
  { id: 'sanctions', cell: { col: 1, row: 2 }, branch: true },
  { id: 'crackdown', cell: { col: 1, row: 3 }, branch: true },
] as const satisfies readonly Omit<PathNode, 'label'>[];

export type PathNodeId = (typeof pathNodes)[number]['id'];

export const pathEdges: PathEdge[] = [
  { from: 'filing', to: 'search' },
  { from: 'search', to: 'enforcement' },
  { from: 'enforcement', to: 'payout' },
  // Judicial assistance depends on the applicant's own difficulty and its conditions, not on any step of the case.
  { from: 'filing', to: 'assistance' },
  { from: 'enforcement', to: 'sanctions' },
  { from: 'sanctions', to: 'crackdown' },
];

/** The steps in the order the walk tells them: the main path, then its branches. */
export const stepOrder: PathNodeId[] = ['filing', 'search', 'enforcement', 'payout', 'sanctions', 'crackdown', 'assistance'];

/** The figures the steps cite. */
export interface PathFigures {
  livelihoodAmount: Figure;
  judicialAssistancePeople: Figure;
  judicialAssistanceAmount: Figure;
}

export interface CasePathFacts {
  nodes: typeof pathNodes;
  edges: PathEdge[];
  steps: PathNodeId[];
  figures: PathFigures;
}

export function casePathData(): CasePathFacts {
  const figures = {
    livelihoodAmount: getFigure('livelihoodAmount'),
    judicialAssistancePeople: getFigure('judicialAssistancePeople'),
    judicialAssistanceAmount: getFigure('judicialAssistanceAmount'),
  };
  return { nodes: pathNodes, edges: pathEdges, steps: stepOrder, figures };
}
