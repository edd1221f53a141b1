/**
 * One way to behave: a template's <script> only imports the custom element beside it (the theme's
 * before-first-paint setting and JSON-LD data aside), and that module defines an element that finds
 * its parts inside itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/build';

const src = join(projectRoot, 'src');
const templates = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.astro'))
  .map((f) => join(src, f));
const scripts = templates.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attrs, body]) => ({
    file: relative(projectRoot, file),
    attrs: attrs!,
    body: body!.trim(),
  })),
);
const modules = scripts
  .filter((s) => !s.attrs.includes('is:inline'))
  .flatMap((s) => [...s.body.matchAll(/import '(\.\/[\w-]+)';/g)].map(([, spec]) => `${join(projectRoot, dirname(s.file), spec!)}.ts`));

describe('client behaviour', () => {
  test('finds the templates and their scripts', () => {
    expect(scripts.length).toBeGreaterThan(10);
    expect(modules.length).toBeGreaterThan(10);
  });

  test('a template script holds no code: it imports one module beside it', () => {
    const withCode = scripts
      .filter((s) => !s.attrs.includes('is:inline'))
      .filter((s) => !/^import '\.\/[\w-]+';$/.test(s.body))
      .map((s) => s.file);
    expect(withCode).toEqual([]);
  });

  test('the only inline scripts are the theme setting before first paint and JSON-LD', () => {
    const inline = scripts.filter((s) => s.attrs.includes('is:inline') && !s.attrs.includes('application/ld+json')).map((s) => s.file);
    expect(inline).toEqual(['src/chrome/ThemeInit.astro']);
  });

  test.each(modules.map((m) => [relative(projectRoot, m), m]))('%s defines a custom element with no document-wide queries', (_, file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).toMatch(/customElements\.define\('[a-z]+-[a-z-]+', /);
    expect(code).not.toMatch(/document\.querySelector|document\.getElementsBy/);
    expect(code).not.toMatch(/d3-selection/);
  });
});
