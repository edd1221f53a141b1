/**
 * The figures as flat rows for /data/figures.csv and /data/figures.json, with
 * their provenance, built from the same module as the prose.
 */
import type { Figure, SourceFigure } from './dataset';
import type { SourceId, SourceRecord } from './sources';
import { figureText, figureWords, sourceTitle, sourceWords } from './display';
import type { Locale } from '../lib/locale';
import { editionWords } from './words/index';

/** Column order of the CSV; the JSON rows carry the same keys. */
export const exportColumns = [
  'id',
  'kind',
  'label',
  'value',
  'unit',
  'approximation',
  'display',
  'period',
  'scope',
  'source_id',
  'source',
  'source_date',
  'sentence',
  'sentence_is',
  'sentence_zh',
  'source_anchor',
  'formula',
  'formula_text',
  'rounding',
  'note',
] as const;

export type ExportColumn = (typeof exportColumns)[number];
type ExportRow = Record<ExportColumn, string | number>;

/** The CSV's header row in an edition: the column names in English (the JSON keys), a reader's words in another edition. */
export const exportHeaders = (locale: Locale = 'en'): string[] =>
  locale === 'en' ? [...exportColumns] : exportColumns.map((c) => editionWords[locale].exportColumns[c]);

/**
 * `sentenceIs` says what each source figure's sentence is: the English item's words ("source"),
 * or this site's translation of a context passage or summary of a context report.
 * In another edition the words (label, display, period, scope, source, working, rounding, note) are the
 * edition's; the codes (kind, unit, approximation), the sentence and its Chinese stay as they are.
 */
export function exportRows(figures: Figure[], sources: readonly SourceRecord[], sentenceIs: (f: SourceFigure) => string, locale: Locale = 'en'): ExportRow[] {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return figures.map((f) => {
    const source = f.kind === 'derived' ? undefined : sourceById.get(f.sourceId);
    const words = figureWords(f, locale);
    const sourceName = (s: SourceRecord) =>
      locale === 'en' ? `${s.publisher}: ${sourceTitle(s)}` : `${sourceWords(s.id as SourceId, locale).publisher}：${sourceTitle(s, locale)}`;
    return {
      id: f.id,
      kind: f.kind,
      label: words.label,
      value: f.value,
      unit: f.unit,
      approximation: f.approximation,
      display: figureText(f, { style: 'table', locale }),
      period: words.period,
      scope: words.scope,
      source_id: source?.id ?? '',
      source: source ? sourceName(source) : '',
      source_date: source?.date ?? '',
      sentence: f.kind === 'derived' ? '' : f.sentence,
      sentence_is: f.kind === 'derived' ? '' : sentenceIs(f),
      sentence_zh: f.kind === 'derived' ? '' : (f.sentenceZh?.text ?? ''),
      source_anchor: f.kind === 'derived' ? '' : (f.sourceAnchor ?? ''),
      formula: f.kind === 'derived' ? f.formula : '',
      formula_text: words.formulaText ?? '',
      rounding: words.roundingNote ?? '',
      note: words.note ?? '',
    };
  });
}

/** RFC 4180 CSV: quote every field that needs it, CRLF line ends, UTF-8 with BOM for spreadsheet apps. */
export function csvFromRows(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const quote = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = [columns, ...rows].map((cells) => cells.map(quote).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The figures as CSV, in `exportColumns` order, headed in the edition's words. */
export function toCsv(rows: ExportRow[], locale: Locale = 'en'): string {
  return csvFromRows(exportHeaders(locale), rows.map((r) => exportColumns.map((c) => r[c])));
}
