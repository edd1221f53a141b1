/**
 * One way to behave: every client behaviour is a custom element defined in a module beside its markup,
 * finding its parts inside itself. Pages load them through one script (src/elements/registry.ts, from
 * BaseLayout); a template's <script> holds no code, only that one import (the theme's before-first-paint
 * setting and JSON-LD data aside).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/build';

const src = join(projectRoot, 'src');
const read = (file: string) => readFileSync(file, 'utf8');
const templates = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.astro'))
  .map((f) => join(src, f));
const scripts = templates.flatMap((file) =>
  [...read(file).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attrs, body]) => ({
    file: relative(projectRoot, file),
    attrs: attrs!,
    body: body!.trim(),
  })),
);
/** The .ts files a piece of code imports for their side effects (`import './x';`), resolved from `dir`. */
const sideEffectImports = (code: string, dir: string) =>
  [...code.matchAll(/^import '(\.{1,2}\/[\w/-]+)';/gm)].map(([, spec]) => `${join(dir, spec!)}.ts`);

const registry = join(src, 'elements/registry.ts');
const templateEntries = scripts
  .filter((s) => !s.attrs.includes('is:inline'))
  .flatMap((s) => sideEffectImports(s.body, join(projectRoot, dirname(s.file))));
const elementModules = [...new Set(templateEntries.flatMap((entry) => (entry === registry ? sideEffectImports(read(registry), dirname(registry)) : [entry])))];
const definedBy = new Map(
  elementModules.map((file) => [read(file).match(/customElements\.define\('([a-z]+-[a-z-]+)', /)?.[1], relative(projectRoot, file)]),
);

describe('client behaviour', () => {
  test('every page loads the element registry, and it names every module in src that defines an element', () => {
    // Last in BaseLayout's <Document>, whose default slot is the end of <body>.
    expect(read(join(src, 'layouts/BaseLayout.astro'))).toMatch(/<script>\s*import '\.\.\/elements\/registry';\s*<\/script>\s*<\/Document>/);
    expect(read(join(src, 'layouts/Document.astro'))).toMatch(/<body>\s*<slot \/>\s*<\/body>/);
    expect(templateEntries).toContain(registry);
    // Every module that defines an element is loaded by a page: through the registry, or (/data/'s table sorting) by its own page.
    const definers = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && /customElements\.define\(/.test(read(join(src, f))))
      .map((f) => join(src, f));
    expect(definers.length).toBeGreaterThan(5);
    expect(new Set(elementModules)).toEqual(new Set(definers));
  });

  test('a template script holds no code: one import of the registry or of a module beside it', () => {
    const withCode = scripts
      .filter((s) => !s.attrs.includes('is:inline'))
      .filter((s) => !/^import '(\.\/[\w-]+|\.\.\/elements\/registry)';$/.test(s.body))
      .map((s) => s.file);
    expect(withCode).toEqual([]);
  });

  test('the only inline scripts are the theme setting before first paint and JSON-LD', () => {
    const inline = scripts.filter((s) => s.attrs.includes('is:inline') && !s.attrs.includes('application/ld+json')).map((s) => s.file);
    expect(inline).toEqual(['src/chrome/ThemeInit.astro']);
  });

  test('every custom element written in a template is defined by a module that a page loads', () => {
    const used = new Set(templates.flatMap((file) => [...read(file).matchAll(/<([a-z]+-[a-z-]+)[\s>]/g)].map(([, tag]) => tag!)));
    expect(used.size).toBeGreaterThan(8);
    expect([...used].filter((tag) => !definedBy.has(tag))).toEqual([]);
  });

  test.each(elementModules.map((m) => [relative(projectRoot, m), m]))('%s defines a custom element with no document-wide queries', (_, file) => {
    const code = read(file);
    expect(code).toMatch(/customElements\.define\('[a-z]+-[a-z-]+', /);
    expect(code).not.toMatch(/document\.querySelector|document\.getElementsBy/);
    expect(code).not.toMatch(/d3-selection/);
  });
});
