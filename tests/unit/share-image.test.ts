/** The share-card SVG composer and its PNG renderer: wrapping, the key figure, colours, and no fetched fonts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { accentFor, explainerShareCard, shareCard, shareImageSvg, sourceLineFor, type ShareCard } from '../../src/lib/shareImage';
import { renderSharePng, shareFontFiles } from '../../src/lib/sharePng';
import { getFigure } from '../../src/data/index';
import { textWidth } from '../../src/charts/shared/text';
import { palette } from '../../src/design/tokens';
import { site } from '../../src/lib/site';
import { pngSize } from '../helpers/png';

/** The lines of each <text> element, with its font size. */
function textElements(svg: string): { size: number; lines: string[]; fill: string | undefined }[] {
  return parse(svg)
    .querySelectorAll('text')
    .map((t) => ({ size: Number(t.getAttribute('font-size')), fill: t.getAttribute('fill'), lines: t.querySelectorAll('tspan').map((s) => s.text) }));
}

const card = (overrides: Partial<ShareCard>): ShareCard => ({
  imagePath: '/share/x.png',
  kicker: site.title,
  title: 'A title',
  sourceLine: 'Source: a test.',
  alt: 'A title.',
  ...overrides,
});

describe('shareImageSvg', () => {
  test('is a 1200×630 SVG', () => {
    const svg = parse(shareImageSvg(card({}))).querySelector('svg')!;
    expect([svg.getAttribute('width'), svg.getAttribute('height'), svg.getAttribute('viewBox')]).toEqual(['1200', '630', '0 0 1200 630']);
  });

  test('wraps a title between words: "Measure two: more" is 737 px wide at 64 px bold, adding "enforcement" makes 1250 > 1056', () => {
    const figure = { text: 'more than 3,900 institutions', label: 'A label', period: 'By 2021', colour: palette.livelihood.light };
    const title = textElements(shareImageSvg(card({ title: 'Measure two: more enforcement intensity', figure }))).find((t) => t.lines[0] === 'Measure two: more');
    expect(title).toEqual({ size: 64, fill: expect.any(String), lines: ['Measure two: more', 'enforcement intensity'] });
  });

  test('shrinks a long title until it fits in three lines of the card width', () => {
    const long = 'An unusually long section title that keeps going on and on well past what any headline should need to say';
    const title = textElements(shareImageSvg(card({ title: long }))).find((t) => t.lines.join(' ') === long)!;
    expect(title.lines.length).toBeLessThanOrEqual(3);
    expect(title.size).toBeLessThan(80);
    for (const line of title.lines) expect(textWidth(line, title.size, 'bold')).toBeLessThanOrEqual(1200 - 2 * 72);
  });

  test('cuts a title too long for three lines even at the smallest size at a word, with an ellipsis', () => {
    const endless = Array.from({ length: 40 }, () => 'livelihood').join(' ');
    const title = textElements(shareImageSvg(card({ title: endless }))).find((t) => t.lines[0]?.startsWith('livelihood'))!;
    expect(title.size).toBe(40);
    expect(title.lines).toHaveLength(3);
    expect(title.lines[2]).toMatch(/^(livelihood )+…$/);
    for (const line of title.lines) expect(textWidth(line, title.size, 'bold')).toBeLessThanOrEqual(1200 - 2 * 72);
  });

  test('shows the key figure large in its accent, with what it counts and when', () => {
    const figure = { text: 'about 51.7 billion yuan', label: 'Amount delivered', period: '2024', colour: '#0072b2' };
    const texts = textElements(shareImageSvg(card({ figure })));
    const number = texts.find((t) => t.lines[0] === 'about 51.7 billion yuan')!;
    expect(number.fill).toBe('#0072b2');
    expect(number.size).toBeGreaterThanOrEqual(56);
    expect(Math.max(...texts.filter((t) => t !== number).map((t) => t.size))).toBeLessThan(number.size);
    expect(texts.some((t) => t.lines[0] === 'Amount delivered')).toBe(true);
    expect(texts.some((t) => t.lines[0] === '2024')).toBe(true);
  });

  test('a card without a figure shows the kicker, the title and the source line only', () => {
    const texts = textElements(shareImageSvg(card({ title: 'Glossary' })));
    expect(texts.map((t) => t.lines.join(' '))).toEqual([site.title, 'Source: a test.', 'Glossary']);
  });

  test('escapes markup in the words', () => {
    const svg = shareImageSvg(card({ title: 'Fish & chips <b>', sourceLine: 'It said "so"' }));
    expect(svg).toContain('Fish &amp; chips &lt;b&gt;');
    expect(svg).toContain('It said &quot;so&quot;');
    expect(svg).not.toContain('<b>');
  });

  test('fetches nothing: no stylesheet, font face, image or link; the only URL is the SVG namespace', () => {
    const svg = shareImageSvg(explainerShareCard());
    expect(svg).not.toMatch(/<style|@font-face|@import|url\(|<image|href=/i);
    expect(svg.match(/https?:\/\/[^"\s]+/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1])).toEqual(['DejaVu Sans']);
  });
});

describe('shareCard', () => {
  test('renders the key figure with figureText and says where it comes from', () => {
    const c = shareCard({ slug: 'in-numbers', title: '2024 in numbers', keyFigure: 'livelihoodAmount' });
    expect(c.imagePath).toBe('/share/in-numbers.png');
    expect(c.figure).toEqual({ text: 'about 51.7 billion yuan', label: 'Amount delivered in livelihood cases', period: '2024', colour: palette.livelihood.light });
    expect(c.sourceLine).toBe('Source: China News Network’s English item on the interview of 10 March 2025.');
    expect(c.alt).toBe(`“2024 in numbers”. Key figure: about 51.7 billion yuan. Amount delivered in livelihood cases. When: 2024. ${site.title}.`);
  });

  test('migrant-worker figures keep the vermillion accent; context and derived figures say so', () => {
    expect(accentFor(getFigure('migrantWorkerCases'))).toBe(palette.migrant.light);
    expect(accentFor(getFigure('livelihoodCases'))).toBe(palette.livelihood.light);
    expect(sourceLineFor(getFigure('totalToTotalBankingInstitutions'))).toMatch(/^Figure from People's Court Daily, as context\. Explainer built from /);
    expect(sourceLineFor(getFigure('averagePerLivelihoodCase'))).toMatch(/^Figure computed from the interview’s figures\. /);
  });

  test('a section without a key figure has a title-only card', () => {
    const c = shareCard({ slug: 'glossary', title: 'Glossary' });
    expect(c.figure).toBeUndefined();
    expect(c.alt).toBe(`“Glossary”. ${site.title}.`);
  });

  test('the explainer’s card leads with the report’s headline number and does not repeat the site name', () => {
    const c = explainerShareCard();
    expect([c.imagePath, c.kicker, c.title, c.figure?.text]).toEqual(['/share/index.png', 'Explainer', site.title, 'about 640,000 cases']);
    expect(c.alt.split(site.title)).toHaveLength(2);
  });
});

describe('renderSharePng', () => {
  test('uses only the fonts shipped with the project, with their licence', () => {
    const fontDir = join(import.meta.dirname, '..', '..', 'src', 'assets', 'fonts');
    expect(shareFontFiles).toEqual([join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')]);
    for (const file of shareFontFiles) expect(existsSync(file), file).toBe(true);
    expect(readFileSync(join(fontDir, 'LICENSE-DejaVu.txt'), 'utf8')).toContain('Bitstream Vera Fonts Copyright');
  });

  test('draws a 1200×630 PNG', () => {
    expect(pngSize(renderSharePng(shareImageSvg(explainerShareCard())))).toEqual({ width: 1200, height: 630 });
  });
});
