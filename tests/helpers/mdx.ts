/** Compiling MDX through one of the site's remark checks, as the build does, for the checks' unit tests. */
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';

/** The example file every message names. */
export const examplePath = 'content/sections/example.mdx';

/** A compile function for MDX text at examplePath, with `plugin` given `options`. */
export function mdxCompiler<Options>(plugin: (options: Options) => unknown, options: Options, path = examplePath) {
  const compileOptions = { remarkPlugins: [[plugin, options]] } as Parameters<typeof compile>[1];
  return (value: string) => compile(new VFile({ path, value }), compileOptions);
}
