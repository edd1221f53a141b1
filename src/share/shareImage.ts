/**
 * The 1200×630 share card of a page (og:image, twitter:image) as an SVG string: the
 * title, the key figure large in its accent, the site name and a source line, in the
 * page's edition. Pure: the words come in, markup comes out; src/share/sharePng.ts
 * rasterises it with the edition's fonts shipped in src/assets/fonts (shareFonts.ts),
 * so no font or image is ever fetched.
 */
import { getFigure, getSource, interviewDateText, type Figure } from '../data/index';
import { accentOf, figureText, figureWords } from '../data/display';
import { pageBackground, pageText, palette } from '../styles/tokens';
import { linePieces, round1, textWidth, wrapText, type Measure, type Weight } from '../lib/measure';
import { site } from '../lib/site';
import { localePath, type Locale } from '../lib/locale';
import { ui } from '../i18n/ui';
import { shareFonts } from './shareFonts';
import { altZh, sourceLineZh } from './shareWordsZh';
import { wrapZhBalanced, zhTextWidth } from './wrapZh';

export const shareImageSize = { width: 1200, height: 630 } as const;

/** The family every text element of an English card names: the shipped DejaVu Sans (regular and bold). */
export const shareFontFamily = shareFonts.en.family;

/** The report's headline number (its Chinese headline leads with it), on the explainer's own card. */
const explainerKeyFigure = 'livelihoodCases';

/** Everything a card shows, in words. */
export interface ShareCard {
  /** The edition the card speaks for: its words, fonts and address. */
  locale: Locale;
  /** Site path of the PNG: "/share/in-numbers.png", "/zh/share/in-numbers.png". */
  imagePath: string;
  /** The small line above the title: the site's name, or what the site is on its own card. */
  kicker: string;
  title: string;
  /** The key figure as the site writes it, what it counts and when, and its accent colour. */
  figure?: { text: string; label: string; period: string; colour: string };
  /** Where the figure and the explainer come from, in one or two short lines. */
  sourceLine: string;
  /** The card described in words (og:image:alt, twitter:image:alt). */
  alt: string;
}

/** A key figure keeps its accent, as in every chart (rural migrant workers' vermillion, judicial assistance's green); others take the livelihood blue. */
export const accentFor = (figure: Figure): string => palette[accentOf(figure)].light;

/** Where the figure comes from, where it is not the interview, and what the explainer is built from. */
export function sourceLineFor(figure: Figure | undefined): string {
  const primary = getSource('interviewEn');
  const item = `${primary.shortName}’s English item on the interview of ${interviewDateText()}`;
  if (!figure || figure.kind === 'interview') return `Source: ${item}.`;
  return `${figureOrigin(figure)}. Explainer built from ${item}.`;
}

/** Where a key figure comes from, in the words the card and its alt text share. */
export function figureOrigin(figure: Figure): string {
  if (figure.kind === 'derived') return `Figure computed from ${figure.usesContext ? 'interview and context figures' : 'the interview’s figures'}`;
  return figure.kind === 'context' ? `Figure from ${getSource(figure.sourceId).shortName}, as context` : 'Figure from the interview';
}

/** How an edition's card words its key figure, source line and alt text. */
interface CardWords {
  sourceLine: (figure: Figure | undefined) => string;
  alt: (title: string, figure: { figure: Figure; text: string; label: string; period: string } | undefined) => string;
}

const cardWords: Record<Locale, CardWords> = {
  en: {
    sourceLine: sourceLineFor,
    alt: (title, shown) =>
      [`“${title}”.`, shown && `Key figure: ${shown.text}. ${shown.label}. When: ${shown.period}. ${figureOrigin(shown.figure)}.`, title !== site.title && `${site.title}.`]
        .filter(Boolean)
        .join(' '),
  },
  zh: {
    sourceLine: sourceLineZh,
    alt: altZh,
  },
};

/** The card of one page in one edition: the explainer (`slug` "index") or a section, with its key figure if it has one. */
export function shareCard({
  slug,
  title,
  keyFigure,
  locale,
  kicker = ui[locale].siteTitle,
}: {
  slug: string;
  title: string;
  keyFigure?: string;
  locale: Locale;
  kicker?: string;
}): ShareCard {
  const imagePath = localePath(locale, `/share/${slug}.png`);
  const words = cardWords[locale];
  const figure = keyFigure ? getFigure(keyFigure, `share card "${imagePath}"`) : undefined;
  // The key figure as the edition writes it, with what it counts and when (the data module's words for the edition).
  const counts = figure && figureWords(figure, locale);
  const shown = figure && counts && { figure, text: figureText(figure, { locale }), label: counts.label, period: counts.period };
  return {
    locale,
    imagePath,
    kicker,
    title,
    figure: shown && { text: shown.text, label: shown.label, period: shown.period, colour: accentFor(shown.figure) },
    sourceLine: words.sourceLine(figure),
    alt: words.alt(title, shown),
  };
}

/** The explainer's card: its title is the site's name, so the kicker says what the site is instead. */
export const explainerShareCard = (locale: Locale): ShareCard =>
  shareCard({ slug: 'index', title: ui[locale].siteTitle, keyFigure: explainerKeyFigure, kicker: ui[locale].kicker, locale });

/** A page with a card of its own, as its frontmatter gives it (the section collection's fields). */
export interface CardPage {
  slug: string;
  title: string;
  keyFigure?: string;
}

/** Every card of an edition: the explainer's, then one per section. The build draws these; `npm run fonts` subsets to them. */
export const editionCards = (locale: Locale, sections: readonly CardPage[]): ShareCard[] => [
  explainerShareCard(locale),
  ...sections.map(({ slug, title, keyFigure }) => shareCard({ slug, title, keyFigure, locale })),
];

/** Every text a card may draw: kicker, title, the figure with its label and period, the source line, and the mark a cut line ends with. */
export const cardTexts = (card: ShareCard): string[] => [
  card.kicker,
  card.title,
  ...(card.figure ? [card.figure.text, card.figure.label, card.figure.period] : []),
  card.sourceLine,
  cardTypes[card.locale].ellipsis,
];

/** The characters the cards draw, each once, in code point order (the space too: it has a glyph, with its width): the font subset's text. */
export function cardCharacters(cards: readonly ShareCard[]): string {
  const characters = new Set(cards.flatMap((card) => [...cardTexts(card).join('')]));
  return [...characters].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const margin = 72;
const contentWidth = shareImageSize.width - 2 * margin;
const muted = palette.context.light;

/** How an edition's card sets type: its font's vertical extent, its measure, where lines break and how a cut line ends. */
interface CardType {
  family: string;
  /** Share of the font size above the baseline (capitals, digits, Han) and below it (descenders, the ideographic em box). */
  ascent: number;
  descent: number;
  /** The title's line height, as a share of its size. */
  titleLineHeight: number;
  /** Room between the key figure's baseline and the top of its label. */
  figureGap: number;
  measure: Measure;
  wrap: (text: string, fontSize: number, maxWidth: number, weight: Weight) => string[];
  /** The pieces a line may be cut after (they join back into the line), and the mark a cut line ends with. */
  pieces: (line: string) => string[];
  ellipsis: string;
  /** How far left of the margin a line starts, in em: a line opening with a full-width bracket or quote sets it half-width (clreq). */
  lineStartShift: (line: string) => number;
}

const cardTypes: Record<Locale, CardType> = {
  // DejaVu Sans: capitals and digits reach 0.76 em above the baseline, descenders 0.24 em below.
  en: {
    family: shareFonts.en.family,
    ascent: 0.76,
    descent: 0.24,
    titleLineHeight: 1.12,
    figureGap: 24,
    measure: textWidth,
    wrap: (text, size, width, weight) => wrapText(text, size, width, weight),
    pieces: linePieces,
    ellipsis: ' …',
    lineStartShift: () => 0,
  },
  // Noto Sans SC: Han fill the ideographic em box, 0.88 em above the baseline and 0.12 below; Chinese takes more leading,
  // its key figure more room above the label (约 and 件 reach lower than digits), and its lines are evened out.
  zh: {
    family: shareFonts.zh.family,
    ascent: 0.88,
    descent: 0.12,
    titleLineHeight: 1.3,
    figureGap: 40,
    measure: zhTextWidth,
    wrap: wrapZhBalanced,
    pieces: linePieces,
    ellipsis: '……',
    lineStartShift: (line) => (/^[“‘（《「『【〔〈]/.test(line) ? 0.5 : 0),
  },
};

/** The first size in `sizes` (largest first) at which `text` wraps into at most `maxLines` lines no taller than `maxHeight`. */
function fitLines(
  text: string,
  type: CardType,
  { sizes, maxLines, weight = 'normal', lineHeight = 1.25, maxHeight = Infinity }: { sizes: number[]; maxLines: number; weight?: Weight; lineHeight?: number; maxHeight?: number },
): { size: number; lines: string[]; lineHeight: number; height: number } {
  const { ascent, descent } = type;
  const fitted = sizes.map((size) => {
    const lines = type.wrap(text, size, contentWidth, weight);
    return { size, lines, lineHeight: size * lineHeight, height: (lines.length - 1) * size * lineHeight + size * (ascent + descent) };
  });
  const fit = fitted.find((f) => f.lines.length <= maxLines && f.height <= maxHeight);
  if (fit) return fit;
  // Too long even at the smallest size: cut where a line may break and say so, rather than run off the card
  // or into what is below it (as many lines as the room takes, one at least).
  const smallest = fitted[fitted.length - 1]!;
  const roomFor = Math.max(1, Math.min(maxLines, Math.floor((maxHeight - smallest.size * (ascent + descent)) / smallest.lineHeight) + 1));
  if (smallest.lines.length <= roomFor) return smallest;
  const lines = smallest.lines.slice(0, roomFor);
  const pieces = type.pieces(lines.pop()!);
  while (pieces.length > 1 && type.measure(`${pieces.join('')}${type.ellipsis}`, smallest.size, weight) > contentWidth) pieces.pop();
  lines.push(`${pieces.join('')}${type.ellipsis}`);
  return { ...smallest, lines, height: (lines.length - 1) * smallest.lineHeight + smallest.size * (ascent + descent) };
}

/** The largest size, up to `max`, at which one line fits the card's width. */
const fitOneLine = (text: string, type: CardType, max: number, min: number): number =>
  Math.max(min, Math.min(max, Math.floor(contentWidth / (type.measure(text, 1, 'bold') || 1))));

function textBlock(type: CardType, lines: string[], firstBaseline: number, size: number, lineHeight: number, attrs: string): string {
  const tspans = lines
    .map((line, i) => `<tspan x="${round1(margin - type.lineStartShift(line) * size)}" y="${round1(firstBaseline + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text font-size="${size}" ${attrs}>${tspans}</text>`;
}

/**
 * The card as an SVG document: kicker and title from the top; source line, then the
 * figure's period, label and number from the bottom; the title takes the room between.
 */
export function shareImageSvg(card: ShareCard): string {
  const { width, height } = shareImageSize;
  const type = cardTypes[card.locale];
  const { ascent, descent } = type;
  const accent = card.figure?.colour ?? palette.livelihood.light;
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="${pageBackground.light}"/>`,
    `<rect width="${width}" height="12" fill="${accent}"/>`,
    textBlock(type, [card.kicker], 92, 26, 0, `font-weight="bold" fill="${palette.livelihood.light}"`),
  ];

  const source = fitLines(card.sourceLine, type, { sizes: [22, 20], maxLines: 2, lineHeight: 1.35 });
  const sourceBaseline = height - 48 - (source.lines.length - 1) * source.lineHeight;
  parts.push(textBlock(type, source.lines, sourceBaseline, source.size, source.lineHeight, `fill="${muted}"`));
  let roomBottom = sourceBaseline - source.size * ascent - 48;

  if (card.figure) {
    const { text, label, period, colour } = card.figure;
    const periodBaseline = roomBottom - 26 * descent;
    parts.push(textBlock(type, [period], periodBaseline, 26, 0, `fill="${muted}"`));
    const labelBlock = fitLines(label, type, { sizes: [30, 26], maxLines: 2, lineHeight: 1.25 });
    const labelBaseline = periodBaseline - 26 * ascent - 14 - (labelBlock.lines.length - 1) * labelBlock.lineHeight;
    parts.push(textBlock(type, labelBlock.lines, labelBaseline, labelBlock.size, labelBlock.lineHeight, `fill="${pageText.light}"`));
    const figureSize = fitOneLine(text, type, 104, 56);
    const figureBaseline = labelBaseline - labelBlock.size * ascent - type.figureGap;
    parts.push(textBlock(type, [text], figureBaseline, figureSize, 0, `font-weight="bold" fill="${colour}"`));
    const ruleTop = figureBaseline - figureSize * ascent - 32;
    parts.push(`<rect x="${margin}" y="${round1(ruleTop)}" width="96" height="6" fill="${colour}"/>`);
    roomBottom = ruleTop - 32;
  }

  // The title: as large as fits in three lines and the room left; alone, it sits in the middle.
  const roomTop = 140;
  const title = fitLines(card.title, type, {
    sizes: card.figure ? [64, 58, 52, 46, 40, 36] : [80, 68, 60, 52, 46, 40],
    maxLines: 3,
    weight: 'bold',
    lineHeight: type.titleLineHeight,
    maxHeight: roomBottom - roomTop,
  });
  const slack = card.figure ? 0 : Math.max(0, (roomBottom - roomTop - title.height) / 2);
  parts.push(textBlock(type, title.lines, roomTop + slack + title.size * ascent, title.size, title.lineHeight, `font-weight="bold" fill="${pageText.light}"`));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${type.family}">`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
