/**
 * What every chart's Chinese words share: figures, dates and sources as the Chinese edition writes them. Numbers
 * come from the data module through the Chinese formatter (src/data/formatZh.ts), at each figure's own precision
 * (约64万件, 7.52万件, 18.64亿元, 2311人); dates from their ISO parts (2025年3月10日). The English edition's
 * counterparts are in src/data/display.ts.
 */
import { getFigure, getSource, type Figure } from '../../data/index';
import type { SourceEvent } from '../../data/schema';
import type { SourceId } from '../../data/sources';
import { datePartsOf } from '../../data/dates';
import { significantDigitsOf } from '../../data/format';
import { formatFigureTextZh, formatNumberZh } from '../../data/formatZh';

/** A figure as a Chinese chart writes it: "约64万件", "18.64亿元", "约7.0%" (a derived figure at its own significant digits). */
export function figureTextZh(figure: Figure): string {
  const significantDigits = figure.kind === 'derived' ? figure.significantDigits : undefined;
  return formatFigureTextZh(figure.value, figure.unit, figure.approximation, { significantDigits });
}

const qualifiersZh = { exact: '', about: '约', over: '超过' } as const;

/** A figure's qualifier and its number with its unit, apart, so the number can be set large: "约" and "12%". */
export function figurePartsZh(figure: Figure): { qualifier: string; number: string } {
  const text = figureTextZh(figure);
  const qualifier = qualifiersZh[figure.approximation];
  return { qualifier, number: text.slice(qualifier.length) };
}

/** A calendar date or a year, from its ISO parts: "2025年3月10日", "2012年". */
export function dateZh(iso: string): string {
  if (/^\d{4}$/.test(iso)) return `${iso}年`;
  const { year, month, day } = datePartsOf(iso);
  return `${year}年${month}月${day}日`;
}

/** The year a period or label names ("2024", "By 2021", "about 2018"), as "2024年"; one that names none throws, naming it. */
export function yearZh(period: string): string {
  const year = /\b(\d{4})\b/.exec(period)?.[1];
  if (!year) throw new Error(`"${period}" names no year to write in Chinese`);
  return `${year}年`;
}

/**
 * A record's date as its label gives it, in Chinese: the date itself, or "约2018年" for a year known only roughly
 * ("about 2018"). A label in other words has no Chinese yet and throws, naming it, so it is added here.
 */
export function datedZh({ date, dateLabel }: { date?: string | undefined; dateLabel: string }): string {
  if (!date) throw new Error(`"${dateLabel}" has no date to write in Chinese`);
  const plain = dateZh(date);
  if (/^\d{4}$/.test(date) && dateLabel === `about ${date}`) return `约${plain}`;
  if (dateLabel === date || !/^\d{4}$/.test(date)) return plain;
  throw new Error(`The date label "${dateLabel}" has no Chinese form: add it to datedZh (src/charts/common/zh.ts)`);
}

/** Each source's name in Chinese: the publication as a Chinese reader knows it, a periodical in 书名号. */
export const sourceNamesZh: Record<SourceId, string> = {
  interviewEn: '中国新闻网英文报道',
  chinaNewsZh: '中国新闻网',
  chinaTrial: '《中国审判》',
  chinaNews20250407: '中国新闻网',
  guangming20241223: '光明网',
  courtDaily20210526: '《人民法院报》',
  spcAccount2018: '最高人民法院',
  wageCases20250122: '最高人民法院、人力资源和社会保障部',
};

/** A source as the Chinese edition names it: "中国新闻网，2025年4月7日", or the name alone when it is undated. */
export function sourceLabelZh(id: SourceId): string {
  const source = getSource(id);
  return source.date ? `${sourceNamesZh[id]}，${datedZh(source)}` : sourceNamesZh[id];
}

/** The label of context, and what marks a source as context: "背景", "（背景）". */
export const contextZh = '背景';

/** A source as a chart's source line cites it: its label, marked "（背景）" unless it is the interview's. */
export const citedSourceZh = (id: SourceId): string => `${sourceLabelZh(id)}${getSource(id).role === 'context' ? `（${contextZh}）` : ''}`;

/** What the explainer did to a derived figure, in Chinese. */
export const computedHereZh = '本站计算';

/**
 * The figures the Chinese charts name, each labelled once (the English labels are the data module's). A chart that
 * names a figure with no label here fails, naming it.
 */
const figureLabelsZh: Record<string, string> = {
  livelihoodCases: '执结涉民生案件',
  livelihoodAmount: '涉民生案件执行到位金额',
  migrantWorkerCases: '执行结案涉农民工案件',
  migrantWorkerAmount: '涉农民工案件执行到位金额',
  judicialAssistancePeople: '获执行部门司法救助的人数',
  judicialAssistanceAmount: '执行部门发放的司法救助金额',
  nationalCasesConcluded: '全部执行案件执结数（中国新闻网）',
  nationalAmountChinaNews: '全部执行案件执行到位金额（中国新闻网）',
  nationalAmountChinaTrial: '全部执行案件执行到位金额（《中国审判》）',
  livelihoodShareOfNationalCases: '涉民生案件占全部执结案件的比例',
  livelihoodShareOfNationalAmount: '涉民生案件执行到位金额占全部执行到位金额的比例（《中国审判》总额）',
  migrantWorkerCasesMidDecember: '截至12月中旬执结涉农民工案件',
  migrantWorkerAmountMidDecember: '截至12月中旬涉农民工案件执行到位金额',
  migrantWorkerCasesAfterMidDecember: '12月中旬至年底执结涉农民工案件',
  migrantWorkerAmountAfterMidDecember: '12月中旬至年底涉农民工案件执行到位金额',
  totalToTotalNationalBanks: '与“总对总”系统联通的全国性银行',
  totalToTotalBankingInstitutions: '与“总对总”系统联通的银行业金融机构',
  networkAgencies: '与查控网络联通的部门',
  networkPropertyCategories: '查控网络覆盖的财产类别',
  networkPropertyItems: '查控网络覆盖的财产项目',
  averageAssistancePerPerson: '人均司法救助金额',
  assistanceShareOfLivelihoodAmount: '司法救助金额占涉民生案件执行到位金额的百分比',
};

/** A figure's label in Chinese. */
export function figureLabelZh(figure: Figure): string {
  const label = figureLabelsZh[figure.id];
  if (!label) throw new Error(`${figure.id}: no Chinese label in figureLabelsZh (src/charts/common/zh.ts)`);
  return label;
}

const operatorsZh = { divide: '÷', share: '÷', subtract: '−' } as const;

/**
 * A derived figure's arithmetic with its numbers, in Chinese, as the English formulaText gives it: "约517亿元 ÷
 * 约64万件 = 8.078125万 ≈ 8.1万元/件". The unrounded result keeps up to eight significant digits.
 */
export function formulaTextZh(figure: Figure): string {
  if (figure.kind !== 'derived') throw new Error(`${figure.id} is not a derived figure`);
  if (figure.operation === 'countCaseTypes') return `按采访列举的案件类型计数：${formatNumberZh(figure.value)}`;
  const [a, b] = figure.inputs.map((id) => getFigure(id)) as [Figure, Figure];
  const times100 = figure.operation === 'share' ? ' × 100' : '';
  // "≈" already says "about", so the result is shown without a qualifier.
  const shown = formatFigureTextZh(figure.value, figure.unit, 'exact', { significantDigits: figure.significantDigits });
  const unrounded = formatNumberZh(figure.exactValue, { significantDigits: Math.min(8, significantDigitsOf(Number(figure.exactValue.toPrecision(8)))) });
  const equals = figure.value === figure.exactValue ? '=' : `= ${unrounded} ≈`;
  return `${figureTextZh(a)} ${operatorsZh[figure.operation]} ${figureTextZh(b)}${times100} ${equals} ${shown}`;
}

/** The dated events the Chinese charts show (the timeline, the network's notes), each worded once. */
const eventLabelsZh: Record<string, string> = {
  pointToPointPilots: '浙江、北京、上海、江苏开始试点省级点对点查控系统',
  totalToTotalOpinion: '最高人民法院与中国银行业监督管理委员会的联合意见提出建立“总对总”系统',
  networkReach2018: '最高人民法院的一份介绍说明查控网络联通的部门和覆盖的财产种类',
  totalToTotalReach2021: '《人民法院报》报道“总对总”系统联通的银行数量',
  midDecemberCount: '光明网报道截至12月中旬执结的涉农民工案件',
  criminalWageCasesReleased: '最高人民法院、人力资源和社会保障部联合发布恶意欠薪犯罪典型案例',
  interview: '黄文俊在解读《最高人民法院工作报告》的全媒体直播访谈系列第三场活动中发言',
  nationalTotalsReported: `中国新闻网报道${yearZh(getFigure('nationalCasesConcluded').period)}全国法院执行总数`,
};

/** An event's label in Chinese. */
export function eventLabelZh(event: SourceEvent): string {
  const label = eventLabelsZh[event.id];
  if (!label) throw new Error(`${event.id}: no Chinese label in eventLabelsZh (src/charts/common/zh.ts)`);
  return label;
}
