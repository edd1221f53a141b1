/**
 * Numbers the notes of a section in order of first use: each <Fig id> and each
 * statement marker <Src at> gets `note` (its number) and `noteId` (the anchor of its
 * note) attributes, and the ordered keys (a figure id, or `src:` and the anchors cited)
 * go to the entry's frontmatter (`figureNotes`), so the notes list and the prose agree.
 */
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

/** The anchor of a section's note `number`: prefixed with the slug, since / shows every section's notes. */
export const noteId = (slug: string, number: number): string => `${slug}-note-${number}`;

export function remarkFigureNotes() {
  return (tree: Root, file: VFile) => {
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    // The slug, not the file name: a renamed section keeps its file (see "How to rename a section").
    const slug = data.astro.frontmatter.slug;
    const notes: string[] = [];
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      if (element.name !== 'Fig' && element.name !== 'Src') return;
      const value = element.attributes.find((a) => a.name === (element.name === 'Fig' ? 'id' : 'at'))?.value;
      if (typeof value !== 'string') return;
      if (typeof slug !== 'string') throw new Error(`${file.path}: a section with <${element.name}> needs a slug in its frontmatter`);
      const id = element.name === 'Fig' ? value : `src:${value.trim().split(/\s+/).join(' ')}`;
      if (!notes.includes(id)) notes.push(id);
      const number = notes.indexOf(id) + 1;
      element.attributes.push(
        { type: 'mdxJsxAttribute', name: 'note', value: String(number) },
        { type: 'mdxJsxAttribute', name: 'noteId', value: noteId(slug, number) },
      );
    });
    data.astro.frontmatter.figureNotes = notes;
  };
}
