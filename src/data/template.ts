import type { Figure } from './dataset';
import { figureText, sentenceCase } from './display';
import type { Locale } from '../lib/locale';

/**
 * Fill `{figureId}` placeholders in plain text (meta descriptions, titles) with
 * the figure's prose text, so frontmatter never types a number either; in
 * another edition, its text there (约64万件).
 * Returns the unknown ids instead of guessing.
 */
export function fillFigures(
  template: string,
  byId: ReadonlyMap<string, Figure>,
  locale: Locale = 'en',
): { text: string; unknownIds: string[] } {
  const unknownIds: string[] = [];
  const filled = template.replace(/\{([A-Za-z0-9]+)\}/g, (_, id: string) => {
    const figure = byId.get(id);
    if (!figure) {
      unknownIds.push(id);
      return `{${id}}`;
    }
    return figureText(figure, { locale });
  });
  // A sentence may open with a figure ("about 640,000 cases …"); Chinese has no capitals.
  return { text: locale === 'en' ? sentenceCase(filled) : filled, unknownIds };
}
