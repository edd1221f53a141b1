/**
 * Checks, while MDX compiles, that every id the prose names is known: <Fig id> a figure, <When id>
 * an event, <Term id> a glossary term, <Chart id> a chart. A typo fails the build with the file,
 * the line and the id instead of rendering nothing. It also records the ids each component uses,
 * in order of first use, in the entry's frontmatter (`references`: { Term: ['enforcement', …] }):
 * a page then ships the glossary panel templates of the terms it shows, and no others, and the
 * charts are numbered in the order the sections place them.
 */
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}

interface KnownIdOptions {
  /** Component name → ids it may reference. */
  references: Record<string, ReadonlySet<string>>;
}

export function remarkKnownIds({ references }: KnownIdOptions) {
  return (tree: Root, file: VFile) => {
    const used: Record<string, string[]> = {};
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      const known = element.name ? references[element.name] : undefined;
      if (!known) return;
      const where = `${file.path}:${element.position?.start.line ?? '?'}`;
      const idAttribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (!idAttribute || typeof idAttribute.value !== 'string') {
        throw new Error(`${where}: <${element.name}> needs a literal id="…" attribute`);
      }
      if (!known.has(idAttribute.value)) {
        throw new Error(`${where}: unknown ${element.name} id "${idAttribute.value}"`);
      }
      const ids = (used[element.name!] ??= []);
      // A chart has one place, which gives it its number; a figure or term may recur.
      if (element.name === 'Chart' && ids.includes(idAttribute.value)) throw new Error(`${where}: <Chart id="${idAttribute.value}"> is placed twice`);
      if (!ids.includes(idAttribute.value)) ids.push(idAttribute.value);
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.references = used;
  };
}
