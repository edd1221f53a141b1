/**
 * The Chinese share card's words: what a key figure counts and when, where the figure and the explainer come
 * from, and the card described for og:image:alt. The numbers come from the data module through formatZh; the
 * terms are the report's own (执结, 执行到位金额, 涉民生案件, 农民工, 司法救助, “总对总”).
 */
import { interviewDateParts, type Figure } from '../data/index';
import { sourceWords } from '../data/display';
import type { SourceId } from '../data/sources';
import { ui } from '../i18n/ui';

/** A source as the Chinese card names it: its short name, as the Chinese edition's interface does (ui.zh). */
const sourceNameZh = (id: SourceId): string => sourceWords(id, 'zh').shortName;

/** The English item the explainer is built from, with the interview's date and where that date comes from. */
const builtFrom = (): string =>
  `${sourceNameZh('interviewEn')}关于${interviewDateParts('zh').date}访谈的英文报道${interviewDateParts('zh').source}`;

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
