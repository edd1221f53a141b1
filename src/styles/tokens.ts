/**
 * The site's colours, defined once and written into every page as CSS custom properties
 * by themeCss(): the page colours (--bg, --text …) and the chart colours, one per meaning
 * (--c-livelihood …), in the light and dark themes and for print. Chart hues follow the
 * Okabe–Ito colour-blind-safe palette, darkened (light theme) or lightened (dark theme)
 * until marks reach 3:1 against the page; tests/unit/charts/palette.test.ts checks it.
 * Rural migrant workers always get the vermillion accent, on the page (--migrant) as in charts.
 */
type Themed = { light: string; dark: string };

/** Page colours; print is black on white whatever the screen theme. */
export const pageColours = {
  bg: { light: '#fdfcf8', dark: '#161614', print: '#fff' },
  surface: { light: '#f3f0e8', dark: '#22211e', print: '#f3f0e8' },
  text: { light: '#1c1b19', dark: '#ecebe6', print: '#000' },
  muted: { light: '#55524b', dark: '#b3afa5', print: '#3d3b36' },
  rule: { light: '#d9d4c7', dark: '#3d3b36', print: '#c9c3b4' },
  link: { light: '#0b5394', dark: '#8ec5ff', print: '#000' },
  focus: { light: '#0b5394', dark: '#8ec5ff', print: '#000' },
  context: { light: '#f0ece1', dark: '#23221c', print: '#f3f0e8' },
  'context-border': { light: '#8a7f63', dark: '#a89c7d', print: '#8a7f63' },
} as const;

export const pageBackground: Themed = { light: pageColours.bg.light, dark: pageColours.bg.dark };
export const pageText: Themed = { light: pageColours.text.light, dark: pageColours.text.dark };

export const palette = {
  /** Livelihood cases as a whole (Okabe–Ito blue). */
  livelihood: { light: '#0072b2', dark: '#56b4e9' },
  /** Rural migrant workers: the accent used the same way in every chart (vermillion). */
  migrant: { light: '#b34700', dark: '#ff9a52' },
  /** Judicial assistance (bluish green). */
  assistance: { light: '#00795a', dark: '#4fc7a3' },
  /**
   * Context figures from other sources: a light neutral grey, so it recedes behind the interview's colours. Marks
   * only (3:1 against the page, WCAG 1.4.11): no label is written on it (tests/site/charts.test.ts checks).
   */
  context: { light: '#8f8f8f', dark: '#6a6a6a' },
  /** Case-type families. */
  work: { light: '#8a5a00', dark: '#f0b13c' },
  family: { light: '#a8458a', dark: '#e58fc4' },
  injury: { light: '#0072b2', dark: '#56b4e9' },
} as const;

/**
 * Every colour as CSS custom properties, and the classes that paint chart marks with them,
 * written once into every page (BaseLayout). Dark follows the system setting unless the theme
 * toggle set data-theme on <html> (ThemeInit.astro, before first paint). Print always takes the
 * print page colours and the light chart colours (!important beats any theme rule): paper is white.
 */
export function themeCss(): string {
  const vars = (theme: 'light' | 'dark' | 'print', important = '') =>
    [
      ...Object.entries(pageColours).map(([name, c]) => `--${name}:${c[theme]}`),
      `--migrant:${palette.migrant[theme === 'print' ? 'light' : theme]}`,
      ...Object.entries(palette).map(([name, c]) => `--c-${name}:${c[theme === 'print' ? 'light' : theme]}`),
    ]
      .map((declaration) => `${declaration}${important};`)
      .join('');
  // fill-<name> / stroke-<name> (and fill-bg) paint chart marks. They replace inline style
  // attributes, which the Content Security Policy blocks, so they keep an inline style's
  // precedence over the chart rules in charts.css (!important; nothing else sets fill or stroke so).
  const names = [...Object.keys(palette), 'bg'];
  const colour = (name: string) => (name === 'bg' ? 'var(--bg)' : `var(--c-${name})`);
  const classes = names
    .map((name) => `.fill-${name}{fill:${colour(name)}!important}.stroke-${name}{stroke:${colour(name)}!important}`)
    .join('');
  return (
    classes +
    `:root{${vars('light')}}` +
    `@media screen and (prefers-color-scheme: dark){:root:not([data-theme=light]){${vars('dark')}}}` +
    `@media screen{:root[data-theme=dark]{${vars('dark')}}}` +
    `@media print{:root{${vars('print', '!important')}}}`
  );
}

/**
 * The type scale, in rem so a reader's text size scales all of it, defined once and written into every page as
 * custom properties by typeCss(). Few sizes, each with one job (after reading-design §3 and Datawrapper's advice
 * to limit them): body text steps up with the window; headings are set in the UI face; chart titles 18/20, chart
 * captions and subtitles 15, sources, notes and kickers 13; the key figures of the opening alone are 28/32/40.
 * Print keeps its own point sizes (print.css, print-compact.css). Chart SVG labels are sized in SVG units (fontSizes).
 */
export const typeScale = {
  /** Running text: 18 px on phones, 19 from 40rem, 20 from 60rem. */
  body: [1.125, 1.1875, 1.25],
  /** The page title (line-height 1.1). */
  h1: [1.875, 2.375, 2.875],
  /** Section headings. */
  h2: [1.5, 1.625, 1.875],
  /** Sub-headings inside a section. */
  h3: [1.25, 1.25, 1.3125],
  /** Chart titles: 18, then 20 where the chart has its wide layout (from 60rem). */
  chartTitle: [1.125, 1.125, 1.25],
  /** Chart captions, subtitles, tables of contents, buttons: 15. */
  caption: [0.9375, 0.9375, 0.9375],
  /** Labels beside numbers (the key figures, the byline, tables, panels, page chrome): 14. */
  label: [0.875, 0.875, 0.875],
  /** Sources, notes, kickers: 13, the floor for text a reader is meant to read. */
  meta: [0.8125, 0.8125, 0.8125],
  /** The opening's key figures: 32 px; 28 on a page narrower than 24rem, 40 from 75rem, where the strip's cells are wide enough. */
  key: [2, 2, 2],
  'key-narrow': [1.75, 1.75, 1.75],
  'key-wide': [2.5, 2.5, 2.5],
} as const satisfies Record<string, readonly [number, number, number]>;

/** Where the type scale steps up (min-width, rem): phones below the first, then tablets, then wide screens. */
export const typeBreakpoints = [40, 60] as const;

/** The type scale as custom properties (--step-body …), with a media block for each step up that changes something. */
export function typeCss(): string {
  const block = (i: 0 | 1 | 2) =>
    Object.entries(typeScale)
      .filter(([, sizes]) => i === 0 || sizes[i] !== sizes[i - 1])
      .map(([name, sizes]) => `--step-${name}:${sizes[i]}rem;`)
      .join('');
  return (
    `:root{${block(0)}}` +
    typeBreakpoints.map((width, i) => `@media (min-width: ${width}rem){:root{${block((i + 1) as 1 | 2)}}}`).join('')
  );
}

/**
 * Every chart is laid out twice at build time: a phone layout drawn at the phone column's width (a 390 px
 * phone's text column is 358 px, so it is drawn 1:1 there and never scaled up), and a wide layout drawn at
 * the width figures break out to on a desktop (charts.css: 880 px at 1280 px). CSS container queries show
 * the one that fits (no JavaScript, no layout shift); the SVG scales down within its variant but never up
 * (max-width), so the rendered size of a label is its font size × (shown width ÷ layout width).
 */
export const layoutWidths = { narrow: 358, wide: 880 } as const;
export type Variant = keyof typeof layoutWidths;
/**
 * Font sizes in SVG units, chosen with wideFrom so chart text renders at 14 px or more on a desktop and
 * 12 px or more from a 360 px phone up: the phone layout at a 328 px column is 13.5 × 328 / 358 ≈ 12.4 px;
 * the wide layout at its narrowest (wideFrom) is 15 × 704 / 880 = 12 px, and 15 px at full width.
 */
export const fontSizes = { narrow: { label: 14.5, small: 13.5 }, wide: { label: 16, small: 15 } } as const;
/** Figure width (px) from which the wide layout is shown: the smallest at which its small text still renders at 12 px. */
export const wideFrom = Math.ceil((12 * layoutWidths.wide) / fontSizes.wide.small);
/** Rendered chart text never falls below these (px): on a phone and in between, and from a desktop width up (1280 px). */
export const minTextPx = { phone: 12, desktop: 14 } as const;

/**
 * The CSS that shows one layout per chart: each variant's canvas capped at its layout width
 * (the SVG scales down, never up), and the wide layout from `wideFrom` px of chart width (the
 * figure is the container; CSS cannot read a custom property in a container query, so the
 * rules are written here).
 */
export function chartLayoutCss(): string {
  // Each cap is also a custom property (--layout-narrow …), for a chart that places its SVG itself (case-path.css).
  const widths = `:root{${Object.entries(layoutWidths)
    .map(([variant, width]) => `--layout-${variant}:${width}px;`)
    .join('')}}`;
  const caps = Object.keys(layoutWidths)
    .map((variant) => `.chart-${variant}{max-width:var(--layout-${variant})}`)
    .join('');
  // A chart drawn in one layout only (`chart-sole`, e.g. the case path) keeps it at every width.
  return `${widths}${caps}.chart-wide:not(.chart-sole){display:none}@container (min-width: ${wideFrom}px){.chart-narrow:not(.chart-sole){display:none}.chart-wide:not(.chart-sole){display:block}}`;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
