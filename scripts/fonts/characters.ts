/**
 * The characters an edition's share cards draw, from the same code that draws them (editionCards and
 * cardCharacters in src/share/shareImage.ts), for the sections as their MDX frontmatter gives them.
 * `npm run fonts` subsets the CJK font to this text; the unit tests check the committed subset against it.
 * The build checks each card it draws against the subset's cmap too, so a frontmatter this reads
 * differently from Astro's loader fails there, naming the character.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { cardCharacters, editionCards, type CardPage } from '../../src/share/shareImage';
import { sectionsFolder, type Locale } from '../../src/lib/locale';

export { cjkFontSource, fontFolder, shareFonts } from '../../src/share/shareFonts';
export { readCmap } from '../../src/share/ttf';

/** An edition's sections with a card (slug, title, key figure), from every MDX file under its folder, as content.config.ts globs them. */
export function cardPages(root: string, locale: Locale): CardPage[] {
  const folder = join(root, sectionsFolder(locale));
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const { frontmatter } = parseFrontmatter(readFileSync(join(folder, file), 'utf8'));
      const { slug, title, keyFigure } = frontmatter as { slug?: unknown; title?: unknown; keyFigure?: unknown };
      if (typeof slug !== 'string' || typeof title !== 'string') throw new Error(`${sectionsFolder(locale)}/${file}: frontmatter needs a slug and a title`);
      // The collection's schema trims the title (content.config.ts).
      return { slug, title: title.trim(), ...(typeof keyFigure === 'string' && { keyFigure }) };
    });
}

/** Every character the edition's cards draw, each once, in code point order. */
export const editionCharacters = (root: string, locale: Locale): string => cardCharacters(editionCards(locale, cardPages(root, locale)));
