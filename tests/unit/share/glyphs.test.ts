/**
 * Share-card glyph coverage: every character a card draws has a glyph in its edition's committed font files, read
 * from the files' own cmap. The Chinese subset holds exactly the Chinese cards' characters (`npm run fonts` cuts it);
 * a character missing from it fails, naming the character, the card and the fix; the licence ships beside it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { cardCharacters, editionCards, shareCard } from '../../../src/share/shareImage';
import { assertGlyphs, characterName, missingCharacters, shareFontPaths } from '../../../src/share/sharePng';
import { shareFonts } from '../../../src/share/shareFonts';
import { advanceWidths, readCmap } from '../../../src/share/ttf';
import { zhTextWidth } from '../../../src/share/wrapZh';
import { locales } from '../../../src/lib/locale';
import { cardPages, editionCharacters } from '../../../scripts/fonts/characters';
import { projectRoot } from '../../helpers/build';
import { cmapWith, format12, sfnt } from './sfnt';

const cardsOf = (locale: (typeof locales)[number]) => editionCards(locale, cardPages(projectRoot, locale));
const [regular, bold] = shareFontPaths.zh.map((file) => readFileSync(file));

describe.each(locales)('the %s cards', (locale) => {
  test.each(cardsOf(locale).map((card) => [card.imagePath, card] as const))('%s: every character it draws has a glyph in both weights', (_, card) => {
    expect(() => assertGlyphs(card)).not.toThrow();
  });
});

describe('the committed Noto Sans SC subset', () => {
  const characters = editionCharacters(projectRoot, 'zh');

  test('is cut from the Chinese cards’ own words: the explainer’s card and one per Chinese section', () => {
    expect(characters).toBe(cardCharacters(cardsOf('zh')));
    for (const ch of '约64万件解读执结涉民生案件') expect(characters).toContain(ch);
  });

  test.each(shareFonts.zh.files.map((name, i) => [name, [regular, bold][i]!] as const))(
    '%s holds exactly the characters the Chinese cards draw (else: npm run fonts)',
    (_, font) => {
      const held = [...readCmap(font).keys()].map((cp) => String.fromCodePoint(cp)).join('');
      expect(held, 'the subset is not the cards’ characters: run `npm run fonts` and commit the result').toBe(characters);
    },
  );

  test('the card’s measure never falls short of a glyph’s real advance, in either weight', () => {
    for (const [font, weight] of [
      [regular!, 'normal'],
      [bold!, 'bold'],
    ] as const) {
      const cmap = readCmap(font);
      const advance = advanceWidths(font);
      const short = [...characters].filter((ch) => zhTextWidth(ch, 1, weight) < advance(cmap.get(ch.codePointAt(0)!)!) - 1e-9);
      expect(short.map(characterName), weight).toEqual([]);
    }
  });

  test('names itself Noto Sans SC, regular and bold, so resvg finds each weight by the card’s family', () => {
    const svg = (weight: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><text x="10" y="60" font-size="48" font-weight="${weight}" font-family="Noto Sans SC">执结</text></svg>`;
    const draw = (fontFiles: string[], weight: string) =>
      Buffer.from(new Resvg(svg(weight), { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'nowhere' } }).render().asPng());
    // With both files loaded, bold draws as the bold file alone draws it, and regular as the regular file.
    expect(draw(shareFontPaths.zh, 'bold').equals(draw([shareFontPaths.zh[1]!], 'bold'))).toBe(true);
    expect(draw(shareFontPaths.zh, 'normal').equals(draw([shareFontPaths.zh[0]!], 'normal'))).toBe(true);
    expect(draw(shareFontPaths.zh, 'bold').equals(draw(shareFontPaths.zh, 'normal'))).toBe(false);
  });

  test('ships with its licence, the SIL Open Font License 1.1 the package gives it', () => {
    const licence = readFileSync(join(projectRoot, 'src', 'assets', 'fonts', 'OFL-NotoSansSC.txt'), 'utf8');
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(licence).toContain("with Reserved Font Name 'Source'");
  });
});

describe('a character missing from the subset', () => {
  test('fails the card, naming the character, the card, both files and `npm run fonts`', () => {
    const card = shareCard({ slug: 'in-numbers', title: '执结龘', locale: 'zh' });
    expect(() => assertGlyphs(card)).toThrow(
      "share card /zh/share/in-numbers.png draws characters its font has no glyph for: '龘' (U+9F98) (not in src/assets/fonts/NotoSansSC-Regular.subset.ttf, src/assets/fonts/NotoSansSC-Bold.subset.ttf). To fix: run `npm run fonts` to subset Noto Sans SC to the characters the cards draw now, and commit the result.",
    );
  });

  test('a space is checked too (without its glyph it is drawn as a box’s width)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glyphs-'));
    const noSpace = join(dir, 'no-space.ttf');
    writeFileSync(noSpace, sfnt({ cmap: cmapWith(10, format12([[0x41, 0x42, 1]])) }));
    try {
      expect(missingCharacters('AB A', noSpace)).toEqual([' ']);
    } finally {
      rmSync(dir, { recursive: true });
    }
    expect(cardCharacters([shareCard({ slug: 'x', title: 'China News', locale: 'zh' })])).toContain(' ');
  });

  test('files missing different characters are named apart: DejaVu Sans lacks the Han, the subset has them', () => {
    const card = shareCard({ slug: 'x', title: '执结', locale: 'zh' });
    let message = '';
    try {
      assertGlyphs(card, [shareFontPaths.en[0]!, shareFontPaths.zh[0]!]);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/'执' \(U\+6267\).*\(not in src\/assets\/fonts\/DejaVuSans\.ttf\)\. To fix: /);
    expect(message).not.toContain('NotoSansSC');
  });

  test('an English card whose words DejaVu Sans cannot draw fails too, saying to change the words', () => {
    expect(() => assertGlyphs(shareCard({ slug: 'x', title: 'Enforcement 执行', locale: 'en' }))).toThrow(/'执' \(U\+6267\), '行' \(U\+884C\).*DejaVu Sans has no glyph for it/);
  });

  test('a missing font file fails, saying to run the font script', () => {
    expect(() => assertGlyphs(shareCard({ slug: 'x', title: '执结', locale: 'zh' }), ['/nowhere/NotoSansSC-Regular.subset.ttf'])).toThrow(
      'share images: font file not found: /nowhere/NotoSansSC-Regular.subset.ttf (run the build from the project root; run `npm run fonts`',
    );
  });
});
