/** The MDX check: an unknown figure, event or glossary id fails compilation, naming the file, line and id. */
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkFigureRefs } from '../../src/mdx/remarkFigureRefs';

const options = {
  remarkPlugins: [[remarkFigureRefs, { references: { Fig: new Set(['livelihoodCases']), When: new Set(['interview']), Term: new Set(['enforcement']) } }]],
} as Parameters<typeof compile>[1];

const compileAt = (value: string) => compile(new VFile({ path: 'content/sections/example.mdx', value }), options);

describe('remarkFigureRefs', () => {
  test('accepts known ids', async () => {
    await expect(compileAt('Courts concluded <Fig id="livelihoodCases" /> on <When id="interview" />.')).resolves.toBeDefined();
  });

  test('rejects an unknown figure id with file, line and id', async () => {
    await expect(compileAt('Intro.\n\nCourts concluded <Fig id="livelihoodCasez" />.')).rejects.toThrow(
      'content/sections/example.mdx:3: unknown Fig id "livelihoodCasez"',
    );
  });

  test('rejects an unknown event id', async () => {
    await expect(compileAt('On <When id="interveiw" />.')).rejects.toThrow('unknown When id "interveiw"');
  });

  test('accepts a known glossary term and rejects an unknown one with file, line and id', async () => {
    await expect(compileAt('Courts handle <Term id="enforcement">enforcement</Term>.')).resolves.toBeDefined();
    await expect(compileAt('Intro.\n\nThen <Term id="enforcment">enforcement</Term>.')).rejects.toThrow(
      'content/sections/example.mdx:3: unknown Term id "enforcment"',
    );
  });

  test('records the ids each component uses, once each, in order of first use', async () => {
    const file = new VFile({
      path: 'content/sections/example.mdx',
      value: 'A <Term id="enforcement">term</Term>, <Fig id="livelihoodCases" />, <Term id="enforcement">again</Term>.',
    });
    await compile(file, options);
    const { references } = (file.data as { astro: { frontmatter: { references: Record<string, string[]> } } }).astro.frontmatter;
    expect(references).toEqual({ Term: ['enforcement'], Fig: ['livelihoodCases'] });
  });

  test('rejects an id that is not a literal', async () => {
    await expect(compileAt('<Fig id={someId} />')).rejects.toThrow('<Fig> needs a literal id="…" attribute');
  });

  test('ignores other components', async () => {
    await expect(compileAt('<Zh>执行</Zh>')).resolves.toBeDefined();
  });
});
