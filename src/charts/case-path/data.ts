/**
 * The path of a case, as the interview describes its measures. Node labels and
 * step texts say only what the interview says; numbers come from the data module.
 */
import { getFigure } from '../../data/index';
import { figureText } from '../../data/display';
import type { PathEdge, PathNode } from './layout';

export const pathNodes: PathNode[] = [
  { id: 'filing', label: 'Rapid filing', cell: { col: 0, row: 0 }, branch: false },
  { id: 'search', label: 'Property search and control', cell: { col: 0, row: 1 }, branch: false },
  { id: 'enforcement', label: 'Priority enforcement', cell: { col: 0, row: 2 }, branch: false },
  { id: 'payout', label: 'Priority payout', cell: { col: 0, row: 3 }, branch: false },
  { id: 'assistance', label: 'Applicant in difficulty: judicial assistance', cell: { col: 1, row: 1 }, branch: true },
  { id: 'sanctions', label: 'Debtor refuses: sanctions', cell: { col: 1, row: 2 }, branch: true },
  { id: 'crackdown', label: 'Crime suspected: crackdown', cell: { col: 1, row: 3 }, branch: true },
];

export const pathEdges: PathEdge[] = [
  { from: 'filing', to: 'search' },
  { from: 'search', to: 'enforcement' },
  { from: 'enforcement', to: 'payout' },
  // Judicial assistance depends on the applicant's own difficulty and its conditions, not on any step of the case.
  { from: 'filing', to: 'assistance' },
  { from: 'enforcement', to: 'sanctions' },
  { from: 'sanctions', to: 'crackdown' },
];

export interface PathStep {
  /** The node(s) the step highlights. */
  node: string;
  title: string;
  text: string;
}

export function pathSteps(): PathStep[] {
  const fig = (id: string) => figureText(getFigure(id));
  return [
    {
      node: 'filing',
      title: 'Rapid filing',
      text: 'A livelihood case goes through a “green channel”: the enforcement case is filed quickly.',
    },
    {
      node: 'search',
      title: 'Property search and control',
      text: 'Through the “total to total” and point-to-point systems and investigation online and offline, the court searches for and controls property such as bank deposits, real estate, vehicles and equity.',
    },
    {
      node: 'enforcement',
      title: 'Priority enforcement',
      text: 'The case is enforced with priority.',
    },
    {
      node: 'payout',
      title: 'Priority payout',
      text: `Enforcement money is paid out with priority. In 2024 livelihood cases delivered ${fig('livelihoodAmount')}.`,
    },
    {
      node: 'sanctions',
      title: 'If the debtor refuses',
      text: 'A debtor able to pay who refuses, or who maliciously withholds migrant workers’ wages, faces sanctions in accordance with the law.',
    },
    {
      node: 'crackdown',
      title: 'If a crime is suspected',
      text: 'Suspected crimes meet “strict crackdowns” in accordance with the law.',
    },
    {
      node: 'assistance',
      title: 'If the applicant is in financial difficulty',
      text: `Applicants in financial difficulty who meet the conditions get judicial assistance; for others, courts coordinate with local departments to provide assistance. In 2024 enforcement departments helped ${fig('judicialAssistancePeople')} with ${fig('judicialAssistanceAmount')}.`,
    },
  ];
}
