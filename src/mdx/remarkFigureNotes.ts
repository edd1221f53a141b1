/**
 * Numbers the notes of a section in order of first use: each <Fig id> and each
 * statement marker <Src at> gets `section` and `note` attributes, and the ordered
 * keys (a figure id, or `src:` and the anchors cited) go to the entry's
 * frontmatter (`figureNotes`), so the notes list and the prose agree.
 */
import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

export function remarkFigureNotes() {
  return (tree: Root, file: VFile) => {
    // Section files are named by their slug (a test keeps it so).
    const section = basename(file.path ?? '', '.mdx');
    const notes: string[] = [];
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      if (element.name !== 'Fig' && element.name !== 'Src') return;
      const value = element.attributes.find((a) => a.name === (element.name === 'Fig' ? 'id' : 'at'))?.value;
      if (typeof value !== 'string') return;
      const id = element.name === 'Fig' ? value : `src:${value.trim().split(/\s+/).join(' ')}`;
      if (!notes.includes(id)) notes.push(id);
      element.attributes.push(
        { type: 'mdxJsxAttribute', name: 'section', value: section },
        { type: 'mdxJsxAttribute', name: 'note', value: String(notes.indexOf(id) + 1) },
      );
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.figureNotes = notes;
  };
}
