/**
 * Checks, while MDX compiles, that every <Fig id="…"> names a known figure, so
 * a typo fails the build with the file and the id instead of rendering nothing.
 * It also records the ids each component uses, in order of first use, in the entry's
 * frontmatter (`references`: { Term: ['enforcement', …] }): a page then ships the glossary
 * panel templates of the terms it shows, and no others.
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

interface FigureRefOptions {
  /** Component name → ids it may reference. */
  references: Record<string, ReadonlySet<string>>;
}

export function remarkFigureRefs({ references }: FigureRefOptions) {
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
      if (!ids.includes(idAttribute.value)) ids.push(idAttribute.value);
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.references = used;
  };
}
