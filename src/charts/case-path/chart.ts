/**
 * The path of a case through the four measures, as a diagram and a scrolling walk through its
 * steps (CasePath.astro). Without JavaScript (and in print) every step shows as a numbered list.
 */
import { figureText } from '../../data/display';
import { defineChart, type ChartWords } from '../common/chart';
import { figureTextZh, periodZh } from '../common/zh';
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
  /** A step's title as the walk sets it, bold before its text ("Rapid filing."), and what stands between the two. */
  stepTitle: (title: string) => string;
  stepGap: string;
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
  stepTitle: (title) => `${title}.`,
  stepGap: ' ',
  stepLink: (number, title) => `Link to step ${number}: ${title}`,
  table: { caption: 'The steps of the path', columns: ['Step', 'What happens'] },
};

const nodesZh: CasePathWords['nodes'] = {
  filing: '快速立案',
  search: '财产查控',
  enforcement: '优先执行',
  payout: '优先发放执行款',
  assistance: '申请人困难：司法救助',
  sanctions: '拒不履行：依法惩戒',
  crackdown: '涉嫌犯罪：依法打击',
};

export const casePathWordsZh: CasePathWords = {
  text: (data) => ({
    title: '一件涉民生案件的执行路径',
    caption: '主路径讲速度、重优先；被执行人拒不履行时加大压力；申请人经济困难时给予司法救助。',
    description: `示意图。主路径依次为：${data.nodes
      .filter((n) => !n.branch)
      .map((n) => nodesZh[n.id])
      .join('、')}。分支：${data.nodes
      .filter((n) => n.branch)
      .map((n) => nodesZh[n.id])
      .join('；')}。各步骤列于图后。`,
    sourceNote: '示意图由本站根据访谈所述措施绘制。',
  }),
  nodes: nodesZh,
  steps: (figures) => {
    const fig = (figure: keyof PathFigures) => figureTextZh(figures[figure]);
    const year = (figure: keyof PathFigures) => periodZh(figures[figure]);
    return {
      filing: {
        title: nodesZh.filing,
        text: '涉民生案件开辟绿色通道，执行案件快速立案。',
      },
      search: {
        title: nodesZh.search,
        text: '法院通过“总对总”、点对点查控系统和线上线下财产调查，查找并控制被执行人的银行存款、房产、车辆、股权等财产。',
      },
      enforcement: {
        title: nodesZh.enforcement,
        text: '案件优先执行。',
      },
      payout: {
        title: nodesZh.payout,
        text: `执行款优先发放。${year('livelihoodAmount')}，涉民生案件执行到位金额${fig('livelihoodAmount')}。`,
      },
      sanctions: {
        title: '被执行人拒不履行',
        text: '有能力履行而拒不履行、或恶意拖欠农民工工资的被执行人，依法受到惩戒。',
      },
      crackdown: {
        title: '涉嫌犯罪',
        text: '涉嫌犯罪的，依法严厉打击。',
      },
      assistance: {
        title: '申请人经济困难',
        text: `经济困难、符合司法救助条件的申请人获得司法救助；对不符合条件但经济困难的申请人，法院协调地方有关部门予以帮扶。${year('judicialAssistancePeople')}，各级法院执行部门共救助${fig('judicialAssistancePeople')}，救助金额${fig('judicialAssistanceAmount')}。`,
      },
    };
  },
  stepTitle: (title) => `${title}。`,
  stepGap: '',
  stepLink: (number, title) => `链接到第${number}步：${title}`,
  table: { caption: '执行路径的各个步骤', columns: ['步骤', '内容'] },
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
  words: { en: casePathWords, zh: casePathWordsZh },
  data: casePathData,
  sources: ['interviewEn'],
  layout: (data, words, options) => layoutCasePath({ nodes: casePathNodes(data, words), edges: data.edges }, options),
  table: (data, words) => casePathTable(casePathSteps(data, words), words.table),
});
