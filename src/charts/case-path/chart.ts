/**
 * The path of a case through the four measures, as a diagram and a scrolling walk through its
 * steps (CasePath.astro). Without JavaScript (and in print) every step shows as a numbered list.
 */
import { figureText } from '../../data/display';
import { defineChart, type ChartWords } from '../common/chart';
import { casePathData, type CasePathFacts, type PathFigures, type PathNodeId } from './data';
import { layoutCasePath, type PathNode } from './layout';
import { casePathTable } from './table';

/** A step of the walk: the box it highlights, and its words. */
export interface PathStep {
  node: PathNodeId;
  title: string;
  text: string;
}

/** Every word of the path-of-a-case chart, in one language. */
export interface CasePathWords extends ChartWords<CasePathFacts> {
  /** Each box's label. */
  nodes: Record<PathNodeId, string>;
  /** Each step's title and text, citing the data module's figures (a main-path step is titled as its box). */
  steps: (figures: PathFigures) => Record<PathNodeId, Omit<PathStep, 'node'>>;
  /** The name of a step's "#" link. */
  stepLink: (number: number, title: string) => string;
  table: { caption: string; columns: [string, string] };
}

const nodes: CasePathWords['nodes'] = {
  filing: 'Rapid filing',
  search: 'Property search and control',
  enforcement: 'Priority enforcement',
  payout: 'Priority payout',
  assistance: 'Applicant in difficulty: judicial assistance',
  sanctions: 'Debtor refuses: sanctions',
  crackdown: 'Crime suspected: crackdown',
};

export const casePathWords: CasePathWords = {
  text: (data) => ({
    title: 'The path of a livelihood case',
    caption:
      'Speed and priority on the main path; pressure when a debtor refuses; judicial assistance for an applicant in financial difficulty.',
    description: `Diagram. The main path: ${data.nodes
      .filter((n) => !n.branch)
      .map((n) => nodes[n.id])
      .join(', then ')}. Branches: ${data.nodes
      .filter((n) => n.branch)
      .map((n) => nodes[n.id])
      .join('; ')}. The steps are listed after the diagram.`,
    sourceNote: 'Diagram by this explainer from the measures the interview describes.',
  }),
  nodes,
  steps: (figures) => {
    const fig = (figure: keyof PathFigures) => figureText(figures[figure]);
    return {
      filing: {
        title: nodes.filing,
        text: 'A livelihood case goes through a “green channel”: the enforcement case is filed quickly.',
      },
      search: {
        title: nodes.search,
        text: 'Through the “total to total” and point-to-point systems and investigation online and offline, the court searches for and controls property such as bank deposits, real estate, vehicles and equity.',
      },
      enforcement: {
        title: nodes.enforcement,
        text: 'The case is enforced with priority.',
      },
      payout: {
        title: nodes.payout,
        text: `Enforcement money is paid out with priority. In 2024 livelihood cases delivered ${fig('livelihoodAmount')}.`,
      },
      sanctions: {
        title: 'If the debtor refuses',
        text: 'A debtor able to pay who refuses, or who maliciously withholds migrant workers’ wages, faces sanctions in accordance with the law.',
      },
      crackdown: {
        title: 'If a crime is suspected',
        text: 'Suspected crimes meet “strict crackdowns” in accordance with the law.',
      },
      assistance: {
        title: 'If the applicant is in financial difficulty',
        text: `Applicants in financial difficulty who meet the conditions get judicial assistance; for others, courts coordinate with local departments to provide assistance. In 2024 enforcement departments helped ${fig('judicialAssistancePeople')} with ${fig('judicialAssistanceAmount')}.`,
      },
    };
  },
  stepLink: (number, title) => `Link to step ${number}: ${title}`,
  table: { caption: 'The steps of the path', columns: ['Step', 'What happens'] },
};

/** The boxes with their labels, as the layout draws them. */
export const casePathNodes = (data: CasePathFacts, words: CasePathWords): PathNode[] => data.nodes.map((n) => ({ ...n, label: words.nodes[n.id] }));

/** The steps in order with their words: the walk beside the diagram (CasePath.astro) and the table. */
export function casePathSteps(data: CasePathFacts, words: CasePathWords): PathStep[] {
  const steps = words.steps(data.figures);
  return data.steps.map((node) => ({ node, ...steps[node] }));
}

export const casePath = defineChart({
  id: 'chart-case-path',
  // One layout, a column: it sits beside the steps on a wide figure and above them on a phone, at full size in both.
  layouts: ['narrow'],
  words: casePathWords,
  data: casePathData,
  sources: ['interviewEn'],
  layout: (data, words, options) => layoutCasePath({ nodes: casePathNodes(data, words), edges: data.edges }, options),
  table: (data, words) => casePathTable(casePathSteps(data, words), words.table),
});
