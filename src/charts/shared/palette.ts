/**
 * The chart colours, one per meaning, in light and dark themes. Hues follow the
 * Okabe–Ito colour-blind-safe palette, darkened (light theme) or lightened (dark
 * theme) until marks reach 3:1 against the page; tests/unit/charts/palette.test.ts checks it.
 * Rural migrant workers always get the vermillion accent.
 */
export const pageBackground = { light: '#fdfcf8', dark: '#161614' } as const;
export const pageText = { light: '#1c1b19', dark: '#ecebe6' } as const;

export const palette = {
  /** Livelihood cases as a whole (Okabe–Ito blue). */
  livelihood: { light: '#0072b2', dark: '#56b4e9' },
  /** Rural migrant workers: the accent used the same way in every chart (vermillion). */
  migrant: { light: '#b34700', dark: '#ff9a52' },
  /** Judicial assistance (bluish green). */
  assistance: { light: '#00795a', dark: '#4fc7a3' },
  /** Context figures from other sources (neutral grey). */
  context: { light: '#6b6b6b', dark: '#9a9a9a' },
  /** Case-type families. */
  work: { light: '#8a5a00', dark: '#f0b13c' },
  family: { light: '#a8458a', dark: '#e58fc4' },
  injury: { light: '#0072b2', dark: '#56b4e9' },
} as const;

export type ColourName = keyof typeof palette;

/**
 * CSS custom properties (--c-livelihood …) for both themes, and the classes that paint
 * chart marks with them, written once into every page.
 * Dark follows the system setting unless the theme toggle set data-theme on <html>,
 * the same rule as global.css. Print always takes the light colours (!important beats
 * any theme rule): paper is white.
 */
export function paletteCss(): string {
  const vars = (theme: 'light' | 'dark', important = '') =>
    Object.entries(palette)
      .map(([name, c]) => `--c-${name}:${c[theme]}${important};`)
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
    `@media print{:root{${vars('light', '!important')}}}`
  );
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
