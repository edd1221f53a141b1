/**
 * The data module's Chinese words as the Chinese charts use them, in short: figures through the Chinese formatter at
 * their own precision (约64万件, 7.52万件, 18.64亿元, 2311人), figures' labels, periods and working, sources and events
 * in the edition's words (src/data/words/zh.ts), dates from their ISO parts (2025年3月10日). One source of truth: the
 * charts word nothing here that the data module words.
 */
import type { Figure } from '../../data/index';
import type { SourceEvent } from '../../data/schema';
import type { SourceId } from '../../data/sources';
import { citedSourceIn, dataLabels, eventWords, figureParts, figureText, figureWords, sourceLabelIn, sourceWords } from '../../data/display';
import type { QualifiedNumber } from './text';

const zh = 'zh';

/** A figure as a Chinese chart writes it: "约64万件", "18.64亿元", "约7.0%" (a derived figure at its own significant digits). */
export const figureTextZh = (figure: Figure): string => figureText(figure, { locale: zh });

/** A figure's qualifier apart from its number and unit, so the number can be set large: "约" and "12%". */
export function figurePartsZh(figure: Figure): QualifiedNumber {
  const { qualifier, number, scale, unit } = figureParts(figure, { locale: zh });
  return { qualifier, number: `${number}${scale}${unit}` };
}

/** A figure's label, its period ("2024年", "截至2021年") and, for a derived figure, its working with numbers. */
export const figureLabelZh = (figure: Figure): string => figureWords(figure, zh).label;
export const periodZh = (figure: Figure): string => figureWords(figure, zh).period;
export function formulaTextZh(figure: Figure): string {
  const { formulaText } = figureWords(figure, zh);
  if (formulaText === undefined) throw new Error(`${figure.id} is not a derived figure`);
  return formulaText;
}

/** A source's name ("《中国审判》", "China News"), its label with its date, and its label marked as context in a source line. */
export const sourceNameZh = (id: SourceId): string => sourceWords(id, zh).shortName;
export const sourceLabelZh = sourceLabelIn(zh);
export const citedSourceZh = citedSourceIn(zh);

/** An event's label and its date as the edition writes it: "2025年3月10日", "约2018年". */
export const eventLabelZh = (event: SourceEvent): string => eventWords(event, zh).label;
export const eventDateZh = (event: SourceEvent): string => eventWords(event, zh).dateLabel;

const labels = dataLabels(zh);
/** The label of context (背景), and what the explainer did to a derived figure (本站计算). */
export const contextZh = labels.kind.context;
export const computedHereZh = labels.computedHere;
