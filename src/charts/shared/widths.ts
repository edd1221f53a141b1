/**
 * Every chart is laid out twice at build time: a phone layout and a wide layout.
 * CSS container queries show the one that fits (no JavaScript, no layout shift);
 * the SVG scales down within its variant but never up (max-width), so text stays 12 px or more.
 */
export const layoutWidths = { narrow: 300, wide: 640 } as const;
export type Variant = keyof typeof layoutWidths;
/** Container width (px) from which the wide layout is shown. */
export const wideFrom = 520;
/** Font sizes in SVG units, chosen so text renders at 12 px or more at every width. */
export const fontSizes = { narrow: { label: 13.5, small: 12.5 }, wide: { label: 15, small: 13.5 } } as const;
