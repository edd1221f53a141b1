/** Courts, the two inspection and control systems, and the property they reach, with dated context. */
import { getSource, type Figure } from '../../data/index';
import type { SourceId } from '../../data/sources';
import { citedSource, figureText, listText, lowerFirst, sentenceCase } from '../../data/display';
import { defineChart, type ChartWords } from '../common/chart';
import { citedSourceZh, contextZh, eventDateZh, eventLabelZh, figureTextZh, periodZh, sourceNameZh } from '../common/zh';
import { networkData, type ChannelId, type ContextId, type NetworkCited, type NetworkFacts, type PropertyId } from './data';
import { layoutNetwork, type NetworkData } from './layout';
import { networkTable, type NetworkRow } from './table';

/** An element's label, and the same with the Chinese term, as the table names it. */
const withChinese = (label: string, chinese: string) => ({ label, element: `${label} (${chinese})` });

/** Every word of the network chart, in one language. */
export interface NetworkWords extends ChartWords<NetworkFacts> {
  /** The courts' box, and what the interview says they do: in its detail, and in the table with the Chinese terms. */
  courts: { label: string; detail: string[]; says: string };
  /** Each system's box, what the interview says of it, and the context source's word for it ("provincial systems"). */
  channels: Record<ChannelId, { label: string; element: string; sublabel: string; name: string; interview: string; context: string }>;
  /** Each property box, and its element in the table. */
  property: Record<PropertyId, { label: string; element: string }>;
  /** The heading over the property, and what the interview says of it: in a box's detail and in the table. */
  propertyHeading: string;
  propertyDetail: string;
  propertySays: string;
  /** Each context note: its date, what it concerns, and what it says. */
  contexts: (cited: NetworkCited) => Record<ContextId, { date: string; about: string; says: string }>;
  /** A note as the chart shows it, naming its source: "Linked to … (People's Court Daily)." */
  note: (says: string, source: SourceId) => string;
  /** A note in a system's detail: "Context, by 2021: linked to …". */
  contextLine: (date: string, note: string) => string;
  /** A context source's word in a system's detail: "Context (People's Court Daily): provincial systems". */
  contextWord: (source: SourceId, word: string) => string;
  /** A note's heading: beside its pin (wide), or in the list (narrow), where it names what it concerns. */
  annotation: { pinned: (date: string) => string; listed: (date: string, about: string) => string };
  /** A source as a detail's last line and a table's cell cite it. */
  sourceLine: (source: SourceId) => string;
  source: (source: SourceId) => string;
  table: {
    caption: string;
    columns: [string, string, string];
    /** The context source's word for a system, as a cell: "Provincial systems". */
    word: (word: string) => string;
    /** A context note's element and what it says: "Context, 2012: Point-to-point". */
    context: (date: string, about: string) => string;
    says: (says: string) => string;
  };
}

const totalToTotal = withChinese('“Total to total”', '总对总');
const pointToPoint = withChinese('Point-to-point', '点对点');
const property: NetworkWords['property'] = {
  bankDeposits: withChinese('Bank deposits', '银行存款'),
  realEstate: withChinese('Real estate', '房产'),
  vehicles: withChinese('Vehicles', '车辆'),
  equity: withChinese('Equity', '股权'),
};
const bare = (figure: Figure) => figureText(figure, { bare: true, style: 'table' });
const text = (figure: Figure) => figureText(figure, { style: 'table' });
const contexts: NetworkWords['contexts'] = (cited) => ({
  pilots: { date: cited.pilots.dateLabel, about: pointToPoint.label, says: cited.pilots.label },
  opinion: { date: cited.opinion.dateLabel, about: totalToTotal.label, says: cited.opinion.label },
  reach: {
    date: cited.reach.dateLabel,
    about: 'the network',
    says: `The network had grown to ${text(cited.agencies)}, covering ${text(cited.categories)} and ${text(cited.items)} of property`,
  },
  banks: {
    date: lowerFirst(cited.banks.period),
    about: totalToTotal.label,
    says: `Linked to ${bare(cited.banks)} national banks and ${bare(cited.institutions)} banking institutions`,
  },
});
const note = (says: string, source: SourceId) => `${says} (${getSource(source).shortName}).`;

export const networkWords: NetworkWords = {
  text: (data) => {
    const listed = listText(data.property.map((id) => property[id].label.toLowerCase()));
    const said = contexts(data.cited);
    return {
      title: 'The inspection-and-control network',
      caption: `Courts search for the property of the person enforced against, “such as” ${listed} (the interview’s list ends “etc.”), through the two systems it names: “total to total” and point-to-point.`,
      description:
        `Node-link diagram. Courts link to the two inspection and control systems the interview names: ` +
        `“total to total”, drawn with a single link on to the property, ` +
        `and point-to-point, drawn with several thin links (People’s Court Daily, as context, calls the first a network system and the second provincial). ` +
        `Both lead to the property of the person enforced against that the interview names, such as ${listed} (its list ends “etc.”). ` +
        `Context from other sources, marked as context: ${data.contexts.map((c) => `${said[c.id].date} (${said[c.id].about}): ${note(said[c.id].says, c.sourceId)}`).join(' ')}`,
      sourceNote: 'The two systems and the property are the interview’s; the words network and provincial, and the dated notes in grey, are context from the other sources.',
    };
  },
  courts: {
    label: 'Courts',
    detail: [
      'Use the “total to total” and point-to-point inspection and control systems to search for and control the property of the person enforced against',
      'Online and offline property investigation is strengthened',
    ],
    says: 'Use the “total to total” (总对总) and point-to-point (点对点) inspection and control (查控) systems to search for and control the property of the person enforced against',
  },
  channels: {
    totalToTotal: {
      ...totalToTotal,
      sublabel: 'network system (context)',
      name: '“Total to total” system',
      interview: 'An inspection and control system the interview names',
      context: 'the network inspection and control system',
    },
    pointToPoint: {
      ...pointToPoint,
      sublabel: 'provincial (context)',
      name: 'Point-to-point systems',
      interview: 'Inspection and control systems the interview names',
      context: 'provincial systems',
    },
  },
  property,
  propertyHeading: 'Property of the person enforced against, such as',
  propertyDetail: 'Property of the person enforced against that the interview names (its list begins “such as” and ends “etc.”)',
  propertySays: 'Property the interview names (its list begins “such as” and ends “etc.”)',
  contexts,
  note,
  contextLine: (date, text) => `Context, ${date}: ${lowerFirst(text)}`,
  contextWord: (source, word) => `Context (${getSource(source).shortName}): ${word}`,
  annotation: { pinned: (date) => `Context · ${date}`, listed: (date, about) => `Context · ${date} · ${about}` },
  sourceLine: (source) => `Source: ${citedSource(source)}`,
  source: citedSource,
  table: {
    caption: 'The network’s elements and what the sources say about them',
    columns: ['Element', 'What the sources say', 'Source'],
    word: sentenceCase,
    context: (date, about) => `Context, ${date}: ${about}`,
    says: (says) => `${says}.`,
  },
};

const propertyZh: NetworkWords['property'] = {
  bankDeposits: { label: '银行存款', element: '银行存款' },
  realEstate: { label: '房产', element: '房产' },
  vehicles: { label: '车辆', element: '车辆' },
  equity: { label: '股权', element: '股权' },
};
const totalToTotalZh = '“总对总”';
const pointToPointZh = '点对点';
const contextsZh: NetworkWords['contexts'] = (cited) => ({
  pilots: { date: eventDateZh(cited.pilots), about: pointToPointZh, says: eventLabelZh(cited.pilots) },
  opinion: { date: eventDateZh(cited.opinion), about: totalToTotalZh, says: eventLabelZh(cited.opinion) },
  reach: {
    date: eventDateZh(cited.reach),
    about: '查控网络',
    says: `查控网络接入的单位已增至${figureTextZh(cited.agencies)}，覆盖${figureTextZh(cited.categories)}${figureTextZh(cited.items)}财产`,
  },
  banks: {
    date: periodZh(cited.banks),
    about: totalToTotalZh,
    says: `已接入${figureTextZh(cited.banks)}全国性银行和${figureTextZh(cited.institutions)}银行业金融机构`,
  },
});
const noteZh = (says: string, source: SourceId) => `${says}（${sourceNameZh(source)}）。`;

export const networkWordsZh: NetworkWords = {
  text: (data) => {
    const listed = data.property.map((id) => propertyZh[id].label).join('、');
    const said = contextsZh(data.cited);
    return {
      title: '查控网络',
      caption: `法院通过访谈提到的两个系统——${totalToTotalZh}和${pointToPointZh}——查找被执行人的${listed}等财产。`,
      description:
        `节点连接图。法院连接访谈提到的两个查控系统：` +
        `${totalToTotalZh}，画成一条连线通往财产；` +
        `${pointToPointZh}，画成几条细线（${sourceNameZh('courtDaily20210526')}作为${contextZh}，称前者为网络查控系统，后者为省级系统）。` +
        `两者都通往访谈提到的被执行人财产，如${listed}等。` +
        `来自其他来源的${contextZh}，标为${contextZh}：${data.contexts.map((c) => `${said[c.id].date}（${said[c.id].about}）：${noteZh(said[c.id].says, c.sourceId)}`).join('')}`,
      sourceNote: `两个系统和财产来自访谈；称两者为网络查控系统和省级系统的说法，以及灰色的有日期注释，是来自其他来源的${contextZh}。`,
    };
  },
  courts: {
    label: '法院',
    detail: ['运用“总对总”、点对点查控系统，查找并控制被执行人的财产', '加强线上线下财产调查'],
    says: '运用“总对总”、点对点查控系统，查找并控制被执行人的财产',
  },
  channels: {
    totalToTotal: {
      label: totalToTotalZh,
      element: totalToTotalZh,
      sublabel: `网络查控系统（${contextZh}）`,
      name: '“总对总”查控系统',
      interview: '访谈提到的查控系统',
      context: '网络查控系统',
    },
    pointToPoint: {
      label: pointToPointZh,
      element: pointToPointZh,
      sublabel: `省级（${contextZh}）`,
      name: '点对点查控系统',
      interview: '访谈提到的查控系统',
      context: '省级系统',
    },
  },
  property: propertyZh,
  propertyHeading: '被执行人的财产，如',
  propertyDetail: '访谈提到的被执行人财产（所列并非全部）',
  propertySays: '访谈提到的财产（所列并非全部）',
  contexts: contextsZh,
  note: noteZh,
  contextLine: (date, text) => `${contextZh}，${date}：${text}`,
  contextWord: (source, word) => `${contextZh}（${sourceNameZh(source)}）：${word}`,
  annotation: { pinned: (date) => `${contextZh}·${date}`, listed: (date, about) => `${contextZh}·${date}·${about}` },
  sourceLine: (source) => `来源：${citedSourceZh(source)}`,
  source: citedSourceZh,
  table: {
    caption: '查控网络的组成部分及各来源的说法',
    columns: ['组成部分', '各来源的说法', '来源'],
    word: (word) => word,
    context: (date, about) => `${contextZh}，${date}：${about}`,
    says: (says) => `${says}。`,
  },
};

/** The diagram with its words, as the layout draws it: every box with its detail, and the context notes. */
export function networkDiagram(data: NetworkFacts, words: NetworkWords): NetworkData {
  const said = words.contexts(data.cited);
  const interview = words.sourceLine('interviewEn');
  const annotations = data.contexts.map((c) => ({ id: c.id, attach: c.attach, date: said[c.id].date, about: said[c.id].about, text: words.note(said[c.id].says, c.sourceId) }));
  /** The notes pinned to a system, for its detail. */
  const contextLines = (attach: string) => annotations.filter((a) => a.attach === attach).map((a) => words.contextLine(a.date, a.text));
  return {
    courts: { id: 'courts', label: words.courts.label, tip: { title: words.courts.label, detail: [...words.courts.detail, interview].join('\n') } },
    channels: data.channels.map((c) => {
      const w = words.channels[c.id];
      const detail = [w.interview, words.contextWord(c.describedBy, w.context), ...contextLines(c.id), interview];
      return { id: c.id, label: w.label, sublabel: w.sublabel, strands: c.strands, tip: { title: w.name, detail: detail.join('\n') } };
    }),
    propertyHeading: words.propertyHeading,
    property: data.property.map((id) => ({ id, label: words.property[id].label, tip: { title: words.property[id].label, detail: [words.propertyDetail, interview].join('\n') } })),
    annotations,
  };
}

/** The table: what the interview and the context sources say of each element, each with its source. */
export function networkRows(data: NetworkFacts, words: NetworkWords): NetworkRow[] {
  const said = words.contexts(data.cited);
  const interview = words.source('interviewEn');
  return [
    { element: words.courts.label, says: words.courts.says, source: interview },
    ...data.channels.flatMap((c) => {
      const w = words.channels[c.id];
      return [
        { element: w.element, says: w.interview, source: interview },
        { element: w.element, says: words.table.word(w.context), source: words.source(c.describedBy) },
      ];
    }),
    ...data.property.map((id) => ({ element: words.property[id].element, says: words.propertySays, source: interview })),
    ...data.contexts.map((c) => ({ element: words.table.context(said[c.id].date, said[c.id].about), says: words.table.says(said[c.id].says), source: words.source(c.sourceId) })),
  ];
}

export const network = defineChart({
  id: 'chart-network',
  words: { en: networkWords, zh: networkWordsZh },
  data: networkData,
  sources: (data) => ['interviewEn', ...data.contextSources],
  layout: (data, words, options) => layoutNetwork(networkDiagram(data, words), words, options),
  table: (data, words) => networkTable(networkRows(data, words), words.table),
});
