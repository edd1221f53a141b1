/** The share-card SVG composer and its PNG renderer: wrapping, the key figure, colours, and no fetched fonts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { Resvg } from '@resvg/resvg-js';
import { accentFor, explainerShareCard, shareCard, shareFontFamily, shareImageSvg, sourceLineFor, type ShareCard } from '../../../src/share/shareImage';
import { renderSharePng, shareFontFiles } from '../../../src/share/sharePng';
import { getFigure } from '../../../src/data/index';
import { textWidth, wrapText } from '../../../src/lib/measure';
import { pageText, palette } from '../../../src/styles/tokens';
import { site } from '../../../src/lib/site';
import { pngSize } from '../../helpers/png';
import { projectRoot } from '../../helpers/build';

/** The lines of each <text> element, with its font size. */
function textElements(svg: string): { size: number; lines: string[]; fill: string | undefined }[] {
  return parse(svg)
    .querySelectorAll('text')
    .map((t) => ({ size: Number(t.getAttribute('font-size')), fill: t.getAttribute('fill'), lines: t.querySelectorAll('tspan').map((s) => s.text) }));
}

const card = (overrides: Partial<ShareCard>): ShareCard => ({
  locale: 'en',
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
    const svg = shareImageSvg(explainerShareCard('en'));
    expect(svg).not.toMatch(/<style|@font-face|@import|url\(|<image|href=/i);
    expect(svg.match(/https?:\/\/[^"\s]+/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1])).toEqual(['DejaVu Sans']);
  });
});

describe('shareCard', () => {
  test('renders the key figure with figureText and says where it comes from', () => {
    const c = shareCard({ slug: 'in-numbers', title: '2024 in numbers', keyFigure: 'livelihoodAmount', locale: 'en' });
    expect(c.imagePath).toBe('/share/in-numbers.png');
    expect(c.figure).toEqual({ text: 'about 51.7 billion yuan', label: 'Amount delivered in livelihood cases', period: '2024', colour: palette.livelihood.light });
    expect(c.sourceLine).toBe('Source: China News Network’s English item on the interview of 10 March 2025 (date from the Chinese reports: context).');
    expect(c.alt).toBe(
      `“2024 in numbers”. Key figure: about 51.7 billion yuan. Amount delivered in livelihood cases. When: 2024. Figure from the interview. ${site.title}.`,
    );
  });

  test('a context figure as the key figure carries its context label in the card and in its alt text', () => {
    const c = shareCard({ slug: 'enforcement-intensity', title: 'Measure two', keyFigure: 'totalToTotalBankingInstitutions', locale: 'en' });
    expect(c.sourceLine).toMatch(/^Figure from People's Court Daily, as context\. /);
    expect(c.alt).toContain('Key figure: more than 3,900 institutions. Banking institutions linked to the "total to total" system. When: By 2021. Figure from People\'s Court Daily, as context.');
    const derived = shareCard({ slug: 'reading-the-numbers', title: 'Reading', keyFigure: 'livelihoodShareOfNationalCases', locale: 'en' });
    expect(derived.alt).toContain('Figure computed from interview and context figures.');
  });

  test('migrant-worker figures keep the vermillion accent and assistance its green; context and derived figures say so', () => {
    expect(accentFor(getFigure('migrantWorkerCases'))).toBe(palette.migrant.light);
    expect(accentFor(getFigure('livelihoodCases'))).toBe(palette.livelihood.light);
    // Judicial assistance takes its own green, as Figure 9 and the averages draw it.
    expect(accentFor(getFigure('judicialAssistancePeople'))).toBe(palette.assistance.light);
    expect(sourceLineFor(getFigure('totalToTotalBankingInstitutions'))).toMatch(/^Figure from People's Court Daily, as context\. Explainer built from /);
    expect(sourceLineFor(getFigure('averagePerLivelihoodCase'))).toMatch(/^Figure computed from the interview’s figures\. /);
  });

  test('a section without a key figure has a title-only card', () => {
    const c = shareCard({ slug: 'glossary', title: 'Glossary', locale: 'en' });
    expect(c.figure).toBeUndefined();
    expect(c.alt).toBe(`“Glossary”. ${site.title}.`);
  });

  test('the explainer’s card leads with the report’s headline number and does not repeat the site name', () => {
    const c = explainerShareCard('en');
    expect([c.imagePath, c.kicker, c.title, c.figure?.text]).toEqual(['/share/index.png', 'Explainer', site.title, 'about 640,000 cases']);
    expect(c.alt.split(site.title)).toHaveLength(2);
  });
});

describe('renderSharePng', () => {
  test('uses only the fonts shipped with the project, with their licence', () => {
    const fontDir = join(projectRoot, 'src', 'assets', 'fonts');
    expect(shareFontFiles).toEqual([join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')]);
    for (const file of shareFontFiles) expect(existsSync(file), file).toBe(true);
    expect(readFileSync(join(fontDir, 'LICENSE-DejaVu.txt'), 'utf8')).toContain('Bitstream Vera Fonts Copyright');
  });

  test('draws a 1200×630 PNG', () => {
    expect(pngSize(renderSharePng(shareImageSvg(explainerShareCard('en'))))).toEqual({ width: 1200, height: 630 });
  });
});

describe('shareImageSvg: the card’s geometry', () => {
  // DejaVu Sans: capitals and digits reach 0.76 em above the baseline, descenders 0.24 em below.
  const ascent = 0.76;
  const descent = 0.24;
  type Block = { text: string; top: number; bottom: number; baselines: number[]; size: number; fill: string | undefined; weight: string | undefined };
  const blocks = (svg: string): Block[] =>
    parse(svg)
      .querySelectorAll('text')
      .map((t) => {
        const size = Number(t.getAttribute('font-size'));
        const baselines = t.querySelectorAll('tspan').map((s) => Number(s.getAttribute('y')));
        expect(t.querySelectorAll('tspan').every((s) => s.getAttribute('x') === '72'), 'every line starts at the margin').toBe(true);
        return {
          text: t.querySelectorAll('tspan').map((s) => s.text).join(' '),
          top: baselines[0]! - size * ascent,
          bottom: baselines.at(-1)! + size * descent,
          baselines,
          size,
          fill: t.getAttribute('fill'),
          weight: t.getAttribute('font-weight'),
        };
      });
  const figure = {
    text: 'about 51.7 billion yuan',
    label: 'Amount delivered in livelihood enforcement cases by courts across the whole country in the year 2024',
    period: '2024',
    colour: '#0072b2',
  };
  const longSource = 'Source: a source line long enough to need a second line on the card, naming the report, its publisher and the date it came out.';

  test('with a figure, top to bottom: band, kicker, title, rule, number, label, period, source — apart, inside the card', () => {
    const svg = shareImageSvg(card({ title: 'Measure four: judicial assistance for people in hardship', sourceLine: longSource, figure }));
    const [kicker, source, period, label, number, title] = blocks(svg);
    expect([kicker, source, period, label, number, title].map((b) => b!.text)).toEqual([
      site.title,
      expect.stringMatching(/^Source: /),
      '2024',
      expect.stringMatching(/^Amount delivered/),
      'about 51.7 billion yuan',
      expect.stringMatching(/^Measure four/),
    ]);
    expect(label!.baselines, 'the label wraps onto two lines').toHaveLength(2);
    expect(source!.baselines, 'the source line wraps onto two lines').toHaveLength(2);
    const rect = parse(svg).querySelectorAll('rect').map((r) => ({ y: Number(r.getAttribute('y') ?? 0), height: Number(r.getAttribute('height')), fill: r.getAttribute('fill'), width: r.getAttribute('width') }));
    const rule = rect.find((r) => r.width === '96')!;
    expect(rule.fill).toBe('#0072b2');
    expect(rect[1]).toMatchObject({ y: 0, height: 12, fill: '#0072b2' });
    const order = [
      { name: 'band', top: 0, bottom: 12 },
      { name: 'kicker', ...kicker! },
      { name: 'title', ...title! },
      { name: 'rule', top: rule.y, bottom: rule.y + rule.height },
      { name: 'number', ...number! },
      { name: 'label', ...label! },
      { name: 'period', ...period! },
      { name: 'source', ...source! },
    ];
    for (let i = 1; i < order.length; i++) expect(order[i]!.top, `${order[i]!.name} below ${order[i - 1]!.name}`).toBeGreaterThan(order[i - 1]!.bottom);
    expect(source!.bottom).toBeLessThanOrEqual(630);
    // Lines of one block are one line height apart, top to bottom.
    for (const b of [label!, source!]) expect(b.baselines[1]! - b.baselines[0]!).toBeGreaterThan(b.size);
    expect(kicker).toMatchObject({ weight: 'bold', fill: palette.livelihood.light });
    expect(number).toMatchObject({ weight: 'bold', fill: '#0072b2' });
  });

  test('without a figure, the title sits in the middle between the kicker and the source line', () => {
    const [kicker, source, title] = blocks(shareImageSvg(card({ title: 'Glossary of the Chinese terms' })));
    expect(title!.text).toBe('Glossary of the Chinese terms');
    const middle = (title!.top + title!.bottom) / 2;
    expect(middle).toBeCloseTo((kicker!.baselines[0]! + source!.top) / 2, 0);
    expect(title!.size).toBe(80);
  });

  test('a card with no figure uses the livelihood blue for its band', () => {
    const rects = parse(shareImageSvg(card({}))).querySelectorAll('rect');
    expect(rects[1]!.getAttribute('fill')).toBe(palette.livelihood.light);
    expect(rects[0]!.getAttribute('width')).toBe('1200');
    expect(rects[0]!.getAttribute('height')).toBe('630');
  });

  test('a long key figure gets a smaller size so it stays on one line within the margins', () => {
    const long = { ...figure, text: 'about 51.7 billion yuan' };
    const number = blocks(shareImageSvg(card({ figure: long }))).find((b) => b.text === long.text)!;
    expect(number.size).toBeLessThan(104);
    expect(textWidth(long.text, number.size, 'bold')).toBeLessThanOrEqual(1200 - 2 * 72);
  });
});

describe('shareImageSvg: colours, markup and the cut', () => {
  const figure = { text: 'about 51.7 billion yuan', label: 'Amount delivered', period: '2024', colour: '#0072b2' };

  test('the source line and the period are muted, the label and the title in the page’s text colour', () => {
    const texts = parse(shareImageSvg(card({ title: 'Glossary', figure }))).querySelectorAll('text');
    const fill = (start: string) => texts.find((t) => t.text.startsWith(start))!.getAttribute('fill');
    expect(fill('Source:')).toBe(palette.context.light);
    expect(fill('2024')).toBe(palette.context.light);
    expect(fill('Amount delivered')).toBe(pageText.light);
    expect(fill('Glossary')).toBe(pageText.light);
  });

  test('each text holds its lines and nothing else', () => {
    for (const t of parse(shareImageSvg(card({ title: 'A title long enough to need two lines on the share card, or more', figure }))).querySelectorAll('text')) {
      expect(t.childNodes.every((n) => (n as { rawTagName?: string }).rawTagName === 'tspan')).toBe(true);
    }
  });

  test('escapes an apostrophe too', () => {
    expect(shareImageSvg(card({ title: "China's courts" }))).toContain('China&apos;s courts');
  });

  test('a title cut short drops words until its last line and the ellipsis fit', () => {
    // Choose a word length at which the third line, as wrapped, is too full to take " …" as well.
    const width = 1200 - 2 * 72;
    const title = [5, 6, 7, 8, 9, 10, 11, 12, 13]
      .map((n) => Array.from({ length: 60 }, () => 'w'.repeat(n)).join(' '))
      .find((t) => textWidth(`${wrapText(t, 40, width, 'bold')[2]} …`, 40, 'bold') > width)!;
    expect(title).toBeDefined();
    const lines = parse(shareImageSvg(card({ title }))).querySelectorAll('text').at(-1)!.querySelectorAll('tspan').map((s) => s.text);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^(w+ )+…$/);
    expect(textWidth(lines[2]!, 40, 'bold')).toBeLessThanOrEqual(width);
    expect(lines[2]!.split(' ').length - 1).toBeLessThan(wrapText(title, 40, width, 'bold')[2]!.split(' ').length);
  });
});

describe('shareCard: an unknown key figure', () => {
  test('names the card it is on', () => {
    expect(() => shareCard({ slug: 'in-numbers', title: 'x', keyFigure: 'noSuchFigure', locale: 'en' })).toThrow(/share card "\/share\/in-numbers\.png"/);
  });
});

describe('renderSharePng without its fonts', () => {
  test('fails naming the missing font file and how to fix it, rather than fall back', () => {
    shareFontFiles.push('/nowhere/DejaVuSans-Missing.ttf', '/nowhere/DejaVuSans-Gone.ttf');
    try {
      expect(() => renderSharePng(shareImageSvg(explainerShareCard('en')))).toThrow(
        'share images: font file not found: /nowhere/DejaVuSans-Missing.ttf, /nowhere/DejaVuSans-Gone.ttf (run the build from the project root)',
      );
    } finally {
      shareFontFiles.splice(2);
    }
    expect(shareFontFiles).toHaveLength(2);
  });
});

test('share cards use only the shipped fonts: a font installed on the machine is not drawn', () => {
  // Charis SIL is on the test machines (scripts/setup-tests.sh installs it), so a card that loaded the system's
  // fonts would draw it; with only the shipped DejaVu files loaded, resvg falls back to the default family.
  const charis = '/usr/share/fonts/truetype/charis/CharisSIL-Regular.ttf';
  expect(existsSync(charis), `${charis} (install fonts-sil-charis)`).toBe(true);
  const card = (family: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="10" y="50" font-size="32" font-family="${family}">Enforcement 2024</text></svg>`;
  const withCharis = renderSharePng(card('Charis SIL'));
  expect(Buffer.from(withCharis).equals(Buffer.from(renderSharePng(card(shareFontFamily))))).toBe(true);
  // And the two families do differ where both are loaded: the comparison can tell them apart.
  const both = new Resvg(card('Charis SIL'), { font: { loadSystemFonts: false, fontFiles: [charis, ...shareFontFiles] } }).render().asPng();
  expect(Buffer.from(both).equals(Buffer.from(withCharis))).toBe(false);
});
