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
import { frontmatterOf, isJsxElement, literalAttribute, whereIs } from './jsx';

interface KnownIdOptions {
  /** Component name → ids it may reference. */
  references: Record<string, ReadonlySet<string>>;
}

export function remarkKnownIds({ references }: KnownIdOptions) {
  return (tree: Root, file: VFile) => {
    const used: Record<string, string[]> = {};
    visit(tree, (node) => {
      if (!isJsxElement(node) || !node.name) return;
      const known = references[node.name];
      if (!known) return;
      const where = whereIs(file, node);
      const id = literalAttribute(node, 'id');
      if (id === undefined) throw new Error(`${where}: <${node.name}> needs a literal id="…" attribute`);
      if (!known.has(id)) throw new Error(`${where}: unknown ${node.name} id "${id}"`);
      const ids = (used[node.name] ??= []);
      // A chart has one place, which gives it its number; a figure or term may recur.
      if (node.name === 'Chart' && ids.includes(id)) throw new Error(`${where}: <Chart id="${id}"> is placed twice`);
      if (!ids.includes(id)) ids.push(id);
    });
    frontmatterOf(file).references = used;
  };
}
