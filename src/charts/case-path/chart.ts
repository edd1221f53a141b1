/**
 * The path of a case through the four measures, as a diagram and a scrolling walk through its
 * steps (CasePath.astro). Without JavaScript (and in print) every step shows as a numbered list.
 */
import { defineChart } from '../common/chart';
import { pathEdges, pathNodes, pathSteps } from './data';
import { layoutCasePath } from './layout';
import { casePathTable } from './table';

export const casePath = defineChart({
  id: 'chart-case-path',
  // One layout, a column: it sits beside the steps on a wide figure and above them on a phone, at full size in both.
  layouts: ['narrow'],
  data: () => ({ nodes: pathNodes, edges: pathEdges, steps: pathSteps() }),
  layout: layoutCasePath,
  table: ({ steps }) => casePathTable(steps),
  text: ({ nodes }) => ({
    title: 'The path of a livelihood case',
    caption:
      'Speed and priority on the main path; pressure when a debtor refuses; judicial assistance for an applicant in financial difficulty.',
    description: `Diagram. The main path: ${nodes
      .filter((n) => !n.branch)
      .map((n) => n.label)
      .join(', then ')}. Branches: ${nodes
      .filter((n) => n.branch)
      .map((n) => n.label)
      .join('; ')}. The steps are listed after the diagram.`,
    sources: ['interviewEn'],
    sourceNote: 'Diagram by this explainer from the measures the interview describes.',
  }),
});
