/** remarkSourceNotes: a section's notes are numbered one per source sentence, in order of first use. */
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { remarkSourceNotes, type SourceNoteEntry, type SourceNoteOptions } from '../../../../src/mdx/plugins/remarkSourceNotes';

describe('remarkSourceNotes: one note per source sentence', () => {
  /** Compiles MDX for section "ex" and returns each marker's note number, in order, and the notes. */
  async function notesOf(value: string, options: SourceNoteOptions) {
    const markers: string[] = [];
    const collect = () => (tree: Root) =>
      visit(tree, (node) => {
        const element = node as unknown as { name?: string; attributes?: { name?: string; value?: unknown }[] };
        if (element.name !== 'Fig' && element.name !== 'Src') return;
        const attribute = (name: string) => element.attributes!.find((a) => a.name === name)?.value;
        markers.push(`${attribute('id') ?? attribute('at')}→${attribute('note')} ${attribute('noteId')}`);
      });
    const file = new VFile({ path: 'content/sections/ex.mdx', value, data: { astro: { frontmatter: { slug: 'ex' } } } });
    await compile(file, { remarkPlugins: [[remarkSourceNotes, options], collect] } as Parameters<typeof compile>[1]);
    return { markers, notes: (file.data as { astro: { frontmatter: { figureNotes: SourceNoteEntry[] } } }).astro.frontmatter.figureNotes };
  }

  const figureAnchors = new Map([
    ['cases', ['s1']],
    ['amount', ['s1']],
    ['migrant', ['s2']],
    ['average', []],
    ['national', ['c-national', 'c-national-zh']],
  ]);

  test('figures from one sentence and a marker citing it share one note, listing each figure once', async () => {
    const { markers, notes } = await notesOf('<Fig id="cases" /> and <Fig id="amount" />.<Src at="s1" /> Again <Fig id="cases" />; <Fig id="migrant" />.', {
      figureAnchors,
    });
    expect(markers).toEqual(['cases→1 ex-note-1', 'amount→1 ex-note-1', 's1→1 ex-note-1', 'cases→1 ex-note-1', 'migrant→2 ex-note-2']);
    expect(notes).toEqual([
      { anchors: ['s1'], figures: ['cases', 'amount'] },
      { anchors: ['s2'], figures: ['migrant'] },
    ]);
  });

  test('a marker citing two sentences joins their notes, even when it comes after both', async () => {
    const { markers, notes } = await notesOf('<Fig id="migrant" /> then <Fig id="cases" />.\n\nBoth.<Src at="s2  s1" />', { figureAnchors });
    expect(markers).toEqual(['migrant→1 ex-note-1', 'cases→1 ex-note-1', 's2  s1→1 ex-note-1']);
    // English sentences in source order, whatever the order of use.
    expect(notes).toEqual([{ anchors: ['s1', 's2'], figures: ['migrant', 'cases'] }]);
  });

  test('a figure without a sentence has a note of its own; unrelated sentences stay apart', async () => {
    const { markers, notes } = await notesOf('<Fig id="average" /><Src at="s4" /><Fig id="average" /><Src at="s3" />', { figureAnchors });
    expect(markers).toEqual(['average→1 ex-note-1', 's4→2 ex-note-2', 'average→1 ex-note-1', 's3→3 ex-note-3']);
    expect(notes).toEqual([
      { anchors: [], figures: ['average'] },
      { anchors: ['s4'], figures: [] },
      { anchors: ['s3'], figures: [] },
    ]);
  });

  test('linked anchors (a sentence’s Chinese passage) and a figure’s Chinese passage join its note', async () => {
    const linked = new Map([['s2', ['c-zh']]]);
    const { markers, notes } = await notesOf('<Src at="c-zh" /> <Fig id="migrant" /> <Src at="c-national-zh" /> <Fig id="national" />', { figureAnchors, linked });
    expect(markers).toEqual(['c-zh→1 ex-note-1', 'migrant→1 ex-note-1', 'c-national-zh→2 ex-note-2', 'national→2 ex-note-2']);
    expect(notes).toEqual([
      { anchors: ['s2', 'c-zh'], figures: ['migrant'] },
      { anchors: ['c-national-zh', 'c-national'], figures: ['national'] },
    ]);
  });

  test('a section with markers needs a slug', async () => {
    const file = new VFile({ path: 'content/sections/ex.mdx', value: '<Src at="s1" />' });
    await expect(compile(file, { remarkPlugins: [remarkSourceNotes] } as Parameters<typeof compile>[1])).rejects.toThrow('content/sections/ex.mdx: a section with <Src> needs a slug');
  });
});
