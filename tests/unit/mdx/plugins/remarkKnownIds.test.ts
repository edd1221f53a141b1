/** remarkKnownIds: an unknown figure, event, glossary or chart id fails compilation, naming the file, line and id; the ids used are recorded. */
import { describe, expect, test } from 'vitest';
import { remarkKnownIds } from '../../../../src/mdx/plugins/remarkKnownIds';
import { mdxCompiler } from '../../../helpers/mdx';

const compileAt = mdxCompiler(remarkKnownIds, {
  references: { Fig: new Set(['livelihoodCases']), When: new Set(['interview']), Term: new Set(['enforcement']), Chart: new Set(['chart-scale', 'chart-share']) },
});

describe('remarkKnownIds', () => {
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
    ['an unknown chart id with file, line and id', 'Intro.\n\n<Chart id="chart-scales" />', 'content/sections/example.mdx:3: unknown Chart id "chart-scales"'],
    ['a chart placed twice in a section', '<Chart id="chart-scale" />\n\n<Chart id="chart-scale" />', 'content/sections/example.mdx:3: <Chart id="chart-scale"> is placed twice'],
  ])('rejects %s', async (_, mdx, message) => {
    await expect(compileAt(mdx)).rejects.toThrow(message);
  });

  test('records the charts a section places, in order: their figure numbers', async () => {
    const file = await compileAt('<Chart id="chart-share" />\n\nText.\n\n<Chart id="chart-scale" />');
    expect((file.data as { astro: { frontmatter: { references: Record<string, string[]> } } }).astro.frontmatter.references.Chart).toEqual(['chart-share', 'chart-scale']);
  });

  test('records the ids each component uses, once each, in order of first use', async () => {
    const file = await compileAt('A <Term id="enforcement">term</Term>, <Fig id="livelihoodCases" />, <Term id="enforcement">again</Term>.');
    const { references } = (file.data as { astro: { frontmatter: { references: Record<string, string[]> } } }).astro.frontmatter;
    expect(references).toEqual({ Term: ['enforcement'], Fig: ['livelihoodCases'] });
  });
});
