/**
 * The 1200×630 share card of a page (og:image, twitter:image) as an SVG string: the
 * title, the key figure large in its accent, the site name and a source line. Pure:
 * the words come in, markup comes out; src/share/sharePng.ts rasterises it with the
 * DejaVu fonts shipped in src/assets/fonts, so no font or image is ever fetched.
 */
import { getFigure, getSource, interviewDateText, type Figure } from '../data/index';
import { accentOf, figureText } from '../data/display';
import { pageBackground, pageText, palette } from '../styles/tokens';
import { round1, textWidth, wrapText } from '../lib/measure';
import { site } from '../lib/site';

export const shareImageSize = { width: 1200, height: 630 } as const;

/** The family every text element names: the shipped DejaVu Sans (regular and bold). */
export const shareFontFamily = 'DejaVu Sans';

/** The report's headline number (its Chinese headline leads with it), on the explainer's own card. */
const explainerKeyFigure = 'livelihoodCases';

/** Everything a card shows, in words. */
export interface ShareCard {
  /** Site path of the PNG: "/share/in-numbers.png". */
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

/** The card of one page: the explainer (`slug` "index") or a section, with its key figure if it has one. */
export function shareCard({ slug, title, keyFigure, kicker = site.title }: { slug: string; title: string; keyFigure?: string; kicker?: string }): ShareCard {
  const figure = keyFigure ? getFigure(keyFigure, `share card "${slug}"`) : undefined;
  const shown = figure && { text: figureText(figure), label: figure.label, period: figure.period, colour: accentFor(figure) };
  return {
    imagePath: `/share/${slug}.png`,
    kicker,
    title,
    figure: shown,
    sourceLine: sourceLineFor(figure),
    alt: [`“${title}”.`, figure && `Key figure: ${figureText(figure)}. ${figure.label}. When: ${figure.period}. ${figureOrigin(figure)}.`, title !== site.title && `${site.title}.`]
      .filter(Boolean)
      .join(' '),
  };
}

/** The explainer's card: its title is the site's name, so the kicker says what the site is instead. */
export const explainerShareCard = (): ShareCard =>
  shareCard({ slug: 'index', title: site.title, keyFigure: explainerKeyFigure, kicker: 'Explainer' });

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const margin = 72;
const contentWidth = shareImageSize.width - 2 * margin;
const muted = palette.context.light;
/** Share of the font size above the baseline (capitals, digits) and below it (descenders), in DejaVu Sans. */
const ascent = 0.76;
const descent = 0.24;

/** The first size in `sizes` (largest first) at which `text` wraps into at most `maxLines` lines no taller than `maxHeight`. */
function fitLines(
  text: string,
  { sizes, maxLines, weight = 'normal', lineHeight = 1.25, maxHeight = Infinity }: { sizes: number[]; maxLines: number; weight?: 'normal' | 'bold'; lineHeight?: number; maxHeight?: number },
): { size: number; lines: string[]; lineHeight: number; height: number } {
  const fitted = sizes.map((size) => {
    const lines = wrapText(text, size, contentWidth, weight);
    return { size, lines, lineHeight: size * lineHeight, height: (lines.length - 1) * size * lineHeight + size * (ascent + descent) };
  });
  const fit = fitted.find((f) => f.lines.length <= maxLines && f.height <= maxHeight);
  if (fit) return fit;
  // Too long even at the smallest size: cut at a word and say so, rather than run off the card.
  const smallest = fitted[fitted.length - 1]!;
  if (smallest.lines.length <= maxLines) return smallest;
  const lines = smallest.lines.slice(0, maxLines);
  const words = lines.pop()!.split(' ');
  while (words.length > 1 && textWidth(`${words.join(' ')} …`, smallest.size, weight) > contentWidth) words.pop();
  lines.push(`${words.join(' ')} …`);
  return { ...smallest, lines, height: (maxLines - 1) * smallest.lineHeight + smallest.size * (ascent + descent) };
}

/** The largest size, up to `max`, at which one line fits the card's width. */
const fitOneLine = (text: string, max: number, min: number): number =>
  Math.max(min, Math.min(max, Math.floor(contentWidth / (textWidth(text, 1, 'bold') || 1))));

function textBlock(lines: string[], firstBaseline: number, size: number, lineHeight: number, attrs: string): string {
  const tspans = lines.map((line, i) => `<tspan x="${margin}" y="${round1(firstBaseline + i * lineHeight)}">${escapeXml(line)}</tspan>`).join('');
  return `<text font-size="${size}" ${attrs}>${tspans}</text>`;
}

/**
 * The card as an SVG document: kicker and title from the top; source line, then the
 * figure's period, label and number from the bottom; the title takes the room between.
 */
export function shareImageSvg(card: ShareCard): string {
  const { width, height } = shareImageSize;
  const accent = card.figure?.colour ?? palette.livelihood.light;
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="${pageBackground.light}"/>`,
    `<rect width="${width}" height="12" fill="${accent}"/>`,
    textBlock([card.kicker], 92, 26, 0, `font-weight="bold" fill="${palette.livelihood.light}"`),
  ];

  const source = fitLines(card.sourceLine, { sizes: [22, 20], maxLines: 2, lineHeight: 1.35 });
  const sourceBaseline = height - 48 - (source.lines.length - 1) * source.lineHeight;
  parts.push(textBlock(source.lines, sourceBaseline, source.size, source.lineHeight, `fill="${muted}"`));
  let roomBottom = sourceBaseline - source.size * ascent - 48;

  if (card.figure) {
    const { text, label, period, colour } = card.figure;
    const periodBaseline = roomBottom - 26 * descent;
    parts.push(textBlock([period], periodBaseline, 26, 0, `fill="${muted}"`));
    const labelBlock = fitLines(label, { sizes: [30, 26], maxLines: 2, lineHeight: 1.25 });
    const labelBaseline = periodBaseline - 26 * ascent - 14 - (labelBlock.lines.length - 1) * labelBlock.lineHeight;
    parts.push(textBlock(labelBlock.lines, labelBaseline, labelBlock.size, labelBlock.lineHeight, `fill="${pageText.light}"`));
    const figureSize = fitOneLine(text, 104, 56);
    const figureBaseline = labelBaseline - labelBlock.size * ascent - 24;
    parts.push(textBlock([text], figureBaseline, figureSize, 0, `font-weight="bold" fill="${colour}"`));
    const ruleTop = figureBaseline - figureSize * ascent - 32;
    parts.push(`<rect x="${margin}" y="${round1(ruleTop)}" width="96" height="6" fill="${colour}"/>`);
    roomBottom = ruleTop - 32;
  }

  // The title: as large as fits in three lines and the room left; alone, it sits in the middle.
  const roomTop = 140;
  const title = fitLines(card.title, {
    sizes: card.figure ? [64, 58, 52, 46, 40, 36] : [80, 68, 60, 52, 46, 40],
    maxLines: 3,
    weight: 'bold',
    lineHeight: 1.12,
    maxHeight: roomBottom - roomTop,
  });
  const slack = card.figure ? 0 : Math.max(0, (roomBottom - roomTop - title.height) / 2);
  parts.push(textBlock(title.lines, roomTop + slack + title.size * ascent, title.size, title.lineHeight, `font-weight="bold" fill="${pageText.light}"`));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${shareFontFamily}">`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
