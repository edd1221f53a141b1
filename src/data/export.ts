/**
 * The figures as flat rows for /data/figures.csv and /data/figures.json, with
 * their provenance, built from the same module as the prose.
 */
import type { Figure, SourceFigure } from './dataset';
import type { SourceRecord } from './sources';
import { figureText, sourceTitle } from './display';

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

type ExportRow = Record<(typeof exportColumns)[number], string | number>;

/**
 * `sentenceIs` says what each source figure's sentence is: the English item's words ("source"),
 * or this site's translation of a context passage or summary of a context report.
 */
export function exportRows(figures: Figure[], sources: readonly SourceRecord[], sentenceIs: (f: SourceFigure) => string): ExportRow[] {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return figures.map((f) => {
    const source = f.kind === 'derived' ? undefined : sourceById.get(f.sourceId);
    return {
      id: f.id,
      kind: f.kind,
      label: f.label,
      value: f.value,
      unit: f.unit,
      approximation: f.approximation,
      display: figureText(f, { style: 'table' }),
      period: f.period,
      scope: f.scope,
      source_id: source?.id ?? '',
      source: source ? `${source.publisher}: ${sourceTitle(source)}` : '',
      source_date: source?.date ?? '',
      sentence: f.kind === 'derived' ? '' : f.sentence,
      sentence_is: f.kind === 'derived' ? '' : sentenceIs(f),
      sentence_zh: f.kind === 'derived' ? '' : (f.sentenceZh?.text ?? ''),
      source_anchor: f.kind === 'derived' ? '' : (f.sourceAnchor ?? ''),
      formula: f.kind === 'derived' ? f.formula : '',
      formula_text: f.kind === 'derived' ? f.formulaText : '',
      rounding: f.kind === 'derived' ? f.roundingNote : '',
      note: f.note ?? '',
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

/** The figures as CSV, in `exportColumns` order. */
export function toCsv(rows: ExportRow[]): string {
  return csvFromRows(exportColumns, rows.map((r) => exportColumns.map((c) => r[c])));
}
