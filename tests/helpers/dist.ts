/** Reading the built site (dist/) for tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from '../../scripts/serve.mjs';

export { distDir };

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no index.html: run "npm run build" first (npm test does it for you).');
  }
}

/** Every file under dist/, as site paths ("/sections/x/index.html"). */
export function distFiles(dir = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : [`/${relative(distDir, path)}`];
  });
}

/** The HTML pages, as URL paths ("/sections/x/"). */
export function pagePaths(): string[] {
  return distFiles()
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/index\.html$/, ''));
}

export function readDist(sitePath: string): string {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return readFileSync(join(distDir, file), 'utf8');
}

export function page(sitePath: string): HTMLElement {
  return parse(readDist(sitePath));
}

/** Section frontmatter read straight from the MDX files, in order. */
export function sectionsFromContent(): { slug: string; title: string; shortTitle: string; order: number }[] {
  const dir = join(distDir, '..', 'content', 'sections');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const fm = readFileSync(join(dir, f), 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]!;
      const field = (name: string) => fm.match(new RegExp(`^${name}: (.*)$`, 'm'))![1]!.replace(/^"(.*)"$/, '$1');
      return { slug: field('slug'), title: field('title'), shortTitle: field('shortTitle'), order: Number(field('order')) };
    })
    .sort((a, b) => a.order - b.order);
}
