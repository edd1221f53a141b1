/**
 * An edition's words made text, from the data passed in (pure, so the data module can check the words while it
 * loads): figures in the edition's number format, placeholders filled, a derived figure's working.
 */
import type { DerivedFigure, Figure } from '../dataset';
import type { FigureParts } from '../display';
import type { SourceId } from '../sources';
import type { EditionWords } from './types';
import { fillWords, type FillSources } from './fill';
import { lastSignificantPlace, significantDigitsOf } from '../format';

/** A figure in the edition's parts: qualifier, number, scale, unit (none when `bare`). */
export const editionFigureParts = (figure: Figure, words: EditionWords, bare = false): FigureParts =>
  words.format.figureParts(figure.value, figure.unit, figure.approximation, {
    significantDigits: figure.kind === 'derived' ? figure.significantDigits : undefined,
    bare,
  });

export const joinParts = ({ qualifier, number, scale, unit }: FigureParts): string => `${qualifier}${number}${scale}${unit}`;

/** What an edition's placeholders are filled from: the figures by id, the sources' titles in the edition, its dates. */
export function fillSources(words: EditionWords, byId: ReadonlyMap<string, Figure>, sources: readonly { id: SourceId }[]): FillSources {
  return {
    figure: (id, bare) => {
      const figure = byId.get(id);
      return figure && joinParts(editionFigureParts(figure, words, bare));
    },
    // A title may hold a placeholder itself ({year:2024}); a title inside a title is not filled.
    title: (id) => {
      const source = sources.find((s) => s.id === id);
      return source && fillWords(words.sources[source.id].title, { ...fillSources(words, byId, []), title: () => undefined }).text;
    },
    date: words.format.date,
    month: words.format.month,
    day: words.format.day,
  };
}

/** A derived figure's working in the edition's words: "约517亿元 ÷ 约64万件 = 8.078125万 ≈ 约8.1万元/件", and how it was rounded. */
export function editionFormula(figure: DerivedFigure, words: EditionWords, byId: ReadonlyMap<string, Figure>): { formulaText: string; roundingNote: string } {
  const { format, display } = words;
  const text = (f: Figure) => joinParts(format.figureParts(f.value, f.unit, f.approximation, {}));
  if (figure.operation === 'countCaseTypes') {
    return { formulaText: display.formula.counted(text(figure)), roundingNote: display.formula.notRounded };
  }
  const [a, b] = figure.inputs.map((id) => byId.get(id)!) as [Figure, Figure];
  const op = figure.operation === 'subtract' ? '−' : '÷';
  const times100 = figure.operation === 'share' ? ' × 100' : '';
  // "≈" already says "about", so the result is shown without a qualifier, as in English.
  const shown = joinParts(format.figureParts(figure.value, figure.unit, 'exact', { significantDigits: figure.significantDigits }));
  // The unrounded value to at most eight significant digits, as in English.
  const unrounded = Number(figure.exactValue.toPrecision(8));
  const equals = figure.value === figure.exactValue ? '=' : `= ${format.number(unrounded, significantDigitsOf(unrounded))} ≈`;
  // Differences are rounded to the place of the less precise input, ratios to its significant digits (dataset.ts).
  const roundingNote =
    figure.operation === 'subtract'
      ? display.formula.toPlace(format.number(Math.max(lastSignificantPlace(a.value), lastSignificantPlace(b.value)), 1))
      : display.formula.toDigits(figure.significantDigits!);
  return { formulaText: `${text(a)} ${op} ${text(b)}${times100} ${equals} ${shown}`, roundingNote };
}
