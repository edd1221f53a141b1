/**
 * The words of the frame around every chart, one object per edition: its number ("Figure 3"), its "#" link, the
 * downloads, "Show the data", the source line and the CSV's source column. A chart's own words are in its chart.ts.
 */
import type { Locale } from '../../lib/locale';
import type { SourceId } from '../../data/sources';
import { citedSource } from '../../data/display';
import { citedSourceZh } from './zh';

export interface FrameWords {
  /** The chart's place on the page: "Figure 3". */
  figure: (number: number) => string;
  /** The "#" link's name: "Link to Figure 3: <title>". */
  link: (figure: string, title: string) => string;
  downloads: { label: string; csv: string; svg: string; png: string };
  /** Said when an image is saved: "Saved chart-scale.png". */
  saved: string;
  /** Added to every file name the chart downloads as, before the extension: "" or "-zh" (file names stay ASCII). */
  fileSuffix: string;
  showData: string;
  /** The line under the chart: "Source: A; B (context). Note." */
  sourceLine: (sources: SourceId[], note?: string) => string;
  /** The CSV column carrying the source line (charts have their own "Source" columns). */
  sourceColumn: string;
}

export const frameWords: Record<Locale, FrameWords> = {
  en: {
    figure: (number) => `Figure ${number}`,
    link: (figure, title) => `Link to ${figure}: ${title}`,
    downloads: { label: 'Download:', csv: 'Data (CSV)', svg: 'Image (SVG)', png: 'Image (PNG)' },
    saved: 'Saved',
    fileSuffix: '',
    showData: 'Show the data',
    sourceLine: (sources, note) => `Source: ${sources.map(citedSource).join('; ')}.${note ? ` ${note}` : ''}`,
    sourceColumn: 'Chart source',
  },
  zh: {
    figure: (number) => `图${number}`,
    link: (figure, title) => `链接到${figure}：${title}`,
    downloads: { label: '下载：', csv: '数据（CSV）', svg: '图片（SVG）', png: '图片（PNG）' },
    saved: '已保存',
    fileSuffix: '-zh',
    showData: '查看数据',
    sourceLine: (sources, note) => `来源：${sources.map(citedSourceZh).join('；')}。${note ?? ''}`,
    sourceColumn: '图表来源',
  },
};
