/**
 * The Chinese share card's words: what a key figure counts and when, where the figure and the explainer come
 * from, and the card described for og:image:alt. The numbers come from the data module through formatZh; the
 * terms are the report's own (执结, 执行到位金额, 涉民生案件, 农民工, 司法救助, “总对总”).
 */
import { getEvent, getSource, type Figure } from '../data/index';
import { datePartsOf } from '../data/dates';
import { formatFigureTextZh } from '../data/formatZh';
import { ui } from '../i18n/ui';

/**
 * What each figure a section takes as its key figure counts, and when, as the Chinese card says it. A Chinese
 * section naming a key figure without an entry here fails the build, naming both.
 */
export const keyFigureWordsZh: Readonly<Partial<Record<string, { label: string; period: string }>>> = {
  livelihoodCases: { label: '全国法院执结涉民生案件', period: '2024年' },
  livelihoodAmount: { label: '涉民生案件执行到位金额', period: '2024年' },
  migrantWorkerCases: { label: '执行结案涉农民工案件', period: '2024年' },
  typicalWageCasesReleased: { label: '发布的农民工工资执行典型案例', period: '访谈前的“近期”' },
  judicialAssistancePeople: { label: '获得各级法院执行部门司法救助的人', period: '2024年' },
  totalToTotalBankingInstitutions: { label: '接入“总对总”查控系统的银行业机构', period: '截至2021年' },
  averagePerLivelihoodCase: { label: '涉民生案件平均每件执行到位金额', period: '2024年' },
  caseTypeCount: { label: '访谈列举的涉民生案件类型', period: '按访谈的列举' },
};

/** A key figure's Chinese words; throws, naming the card and where to add them, for a figure without any. */
export function keyFigureZh(figure: Figure, card: string): { label: string; period: string } {
  const words = keyFigureWordsZh[figure.id];
  if (!words) throw new Error(`share card "${card}": no Chinese words for its key figure "${figure.id}": add its label and period to keyFigureWordsZh in src/share/shareWordsZh.ts`);
  return words;
}

/** A figure as the Chinese edition writes it: 约64万件, 7.52万件, 18.64亿元, 约8.1万元/件 (a derived figure at its own precision). */
export const figureTextZh = (figure: Figure): string =>
  formatFigureTextZh(figure.value, figure.unit, figure.approximation, { significantDigits: figure.kind === 'derived' ? figure.significantDigits : undefined });

/** 2025年3月10日, from the ISO parts (a parsed Date could shift a day). */
export function dateZh(iso: string): string {
  const { year, month, day } = datePartsOf(iso);
  return `${year}年${month}月${day}日`;
}

/** A source as the Chinese card names it: its short name, as the Chinese edition's interface does (ui.zh). */
const sourceNameZh = (id: Parameters<typeof getSource>[0]): string => getSource(id).shortName;

/** The English item the explainer is built from, with the interview's date and where that date comes from. */
const builtFrom = (): string =>
  `${sourceNameZh('interviewEn')}关于${dateZh(getEvent('interview').date)}访谈的英文报道（日期据中文报道：${ui.zh.contextTag}）`;

/** Where a key figure comes from, in the words the card and its alt text share. */
export function figureOriginZh(figure: Figure): string {
  if (figure.kind === 'derived') return `数字由${figure.usesContext ? '访谈数字和背景数字' : '访谈中的数字'}计算得出`;
  return figure.kind === 'context' ? `数字来自${sourceNameZh(figure.sourceId)}，属${ui.zh.contextTag}` : '数字来自访谈';
}

/** The card's source line: where the figure comes from, where it is not the interview, and what the explainer is built from. */
export function sourceLineZh(figure: Figure | undefined): string {
  if (!figure || figure.kind === 'interview') return `来源：${builtFrom()}。`;
  return `${figureOriginZh(figure)}。本解读依据${builtFrom()}。`;
}

/** The card in words (og:image:alt): the title, the key figure with what it counts and when and where it comes from, the site. */
export function altZh(title: string, figure: { figure: Figure; text: string; label: string; period: string } | undefined): string {
  return [
    `“${title}”。`,
    figure && `关键数字：${figure.text}，${figure.label}，时间：${figure.period}。${figureOriginZh(figure.figure)}。`,
    title !== ui.zh.siteTitle && `${ui.zh.siteTitle}。`,
  ]
    .filter(Boolean)
    .join('');
}
