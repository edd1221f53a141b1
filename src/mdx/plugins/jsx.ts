/**
 * What the remark plugins share: MDX's JSX element nodes, typed by mdast-util-mdx-jsx, and the entry's
 * frontmatter, where a plugin leaves what Astro then reads (`remarkPluginFrontmatter`).
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
// Its types declare file.data.astro (vfile's DataMap), which holds the frontmatter.
import type {} from '@astrojs/markdown-remark';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Whether a node is a JSX element (<Fig id="…" />, written in text or as a block). */
export const isJsxElement = (node: { type: string }): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A literal attribute's string (id="…"), or undefined for none or an expression (id={…}). */
export function literalAttribute(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** The entry's frontmatter, created if absent, for a plugin to read or to add to. */
export function frontmatterOf(file: VFile): Record<string, unknown> {
  file.data.astro ??= {};
  return (file.data.astro.frontmatter ??= {});
}

/** Where a node is, as an error names it: "content/sections/example.mdx:3". */
export const whereIs = (file: VFile, node: { position?: { start: { line: number } } }): string => `${file.path}:${node.position?.start.line ?? '?'}`;
