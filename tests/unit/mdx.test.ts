/** The MDX check: an unknown figure, event or glossary id fails compilation, naming the file, line and id. */
import { describe, expect, test } from 'vitest';
import { remarkFigureRefs } from '../../src/mdx/remarkFigureRefs';
import { mdxCompiler } from '../helpers/mdx';

const compileAt = mdxCompiler(remarkFigureRefs, {
  references: { Fig: new Set(['livelihoodCases']), When: new Set(['interview']), Term: new Set(['enforcement']) },
});

describe('remarkFigureRefs', () => {
  test.each([
    ['known figure and event ids', 'Courts concluded <Fig id="livelihoodCases" /> on <When id="interview" />.'],
    ['a known glossary term', 'Courts handle <Term id="enforcement">enforcement</Term>.'],
    ['other components', '<Zh>执行</Zh>'],
  ])('accepts %s', async (_, mdx) => {
    await expect(compileAt(mdx)).resolves.toBeDefined();
  });

  test.each([
    ['an unknown figure id with file, line and id', 'Intro.\n\nCourts concluded <Fig id="livelihoodCasez" />.', 'content/sections/example.mdx:3: unknown Fig id "livelihoodCasez"'],
    ['an unknown event id', 'On <When id="interveiw" />.', 'unknown When id "interveiw"'],
    ['an unknown glossary term with file, line and id', 'Intro.\n\nThen <Term id="enforcment">enforcement</Term>.', 'content/sections/example.mdx:3: unknown Term id "enforcment"'],
    ['an id that is not a literal', '<Fig id={someId} />', '<Fig> needs a literal id="…" attribute'],
  ])('rejects %s', async (_, mdx, message) => {
    await expect(compileAt(mdx)).rejects.toThrow(message);
  });

  test('records the ids each component uses, once each, in order of first use', async () => {
    const file = await compileAt('A <Term id="enforcement">term</Term>, <Fig id="livelihoodCases" />, <Term id="enforcement">again</Term>.');
    const { references } = (file.data as { astro: { frontmatter: { references: Record<string, string[]> } } }).astro.frontmatter;
    expect(references).toEqual({ Term: ['enforcement'], Fig: ['livelihoodCases'] });
  });
});
