/**
 * The fonts each edition's share cards are drawn with, all committed in src/assets/fonts: DejaVu Sans for
 * English; for Chinese, Noto Sans SC (OFL) subset to exactly the characters the Chinese cards draw, which
 * scripts/fonts/subset.mjs (`npm run fonts`) writes from the full font, kept out of the root install.
 */
import type { Locale } from '../lib/locale';

export interface EditionFonts {
  /** The family every text element of the card names. */
  family: string;
  /** Regular, then bold, in src/assets/fonts. */
  files: readonly [string, string];
  /** What to do when a card draws a character the files have no glyph for. */
  remedy: string;
}

/** Where the shipped fonts live, from the project root. */
export const fontFolder = 'src/assets/fonts';

export const shareFonts: Record<Locale, EditionFonts> = {
  en: {
    family: 'DejaVu Sans',
    files: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'],
    remedy: 'DejaVu Sans has no glyph for it: change the words, or the card’s font',
  },
  zh: {
    family: 'Noto Sans SC',
    files: ['NotoSansSC-Regular.subset.ttf', 'NotoSansSC-Bold.subset.ttf'],
    remedy: 'run `npm run fonts` to subset Noto Sans SC to the characters the cards draw now, and commit the result',
  },
};

/** The full Noto Sans SC each subset is cut from, in the scripts/fonts package, and its licence (OFL-1.1), shipped beside the subsets. */
export const cjkFontSource = {
  package: '@expo-google-fonts/noto-sans-sc',
  weights: { 'NotoSansSC-Regular.subset.ttf': '400Regular/NotoSansSC_400Regular.ttf', 'NotoSansSC-Bold.subset.ttf': '700Bold/NotoSansSC_700Bold.ttf' },
  licence: { from: 'LICENSE_FONT', to: 'OFL-NotoSansSC.txt' },
} as const;
