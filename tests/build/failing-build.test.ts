/**
 * Bad input fails the real build with a message naming the file and the field or id.
 * Each case builds a copy of the project with one mistake in it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCopy } from '../helpers/build';


/** Build a copy of the project with one mistake; return the exit status and everything it printed. */
const buildWith = (change: (dir: string) => void) => buildCopy(change, ({ status, output }) => ({ status, output }));

function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`test setup: ${String(from)} not found in ${file}`);
  writeFileSync(path, after);
}

describe('the build rejects bad input', () => {
  test('an unknown figure id in MDX names the file and the id', () => {
    const { status, output } = buildWith((dir) =>
      edit(dir, 'content/sections/in-numbers.mdx', '<Fig id="migrantWorkerCases" />', '<Fig id="migrantWorkerCasez" />'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sections\/in-numbers\.mdx:\d+: unknown Fig id "migrantWorkerCasez"/);
  });

  test('a figure without a source sentence names the file, the figure and the field', () => {
    const { status, output } = buildWith((dir) =>
      edit(dir, 'src/data/figures.ts', '    sentence: quotes.judicialAssistance2024,\n', ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('src/data/figures.ts: figure "judicialAssistancePeople": field "sentence": Required');
  });

  test('a source sentence that is not in the source names the figure', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'src/data/figures.ts', "'In 2024, 2311 people received", "'In 2024, 2311 persons received"));
    expect(status).not.toBe(0);
    expect(output).toContain('figure "judicialAssistancePeople": field "sentence": not found verbatim in the shipped source text "interview-en"');
  });

  test('malformed figures name the file, each figure and each field, all in one run', () => {
    const { status, output } = buildWith((dir) => {
      edit(dir, 'src/data/figures.ts', "id: 'livelihoodCases',\n    label: 'Livelihood enforcement cases concluded',\n    value: 640_000,", "id: 'livelihoodCases',\n    label: 'Livelihood enforcement cases concluded',\n    value: 'about 640000',");
      edit(dir, 'src/data/figures.ts', 'value: 75_200,', 'value: -75_200,');
      edit(dir, 'src/data/figures.ts', "value: 2_311,\n    unit: 'people',\n", 'value: 2_311,\n');
      // A second record with the id of the first.
      edit(dir, 'src/data/figures.ts', "    id: 'typicalWageCasesReleased',", "    id: 'migrantWorkerAmount',");
    });
    expect(status).not.toBe(0);
    expect(output).toContain('src/data/figures.ts: figure "livelihoodCases": field "value": must be a number');
    expect(output).toContain('src/data/figures.ts: figure "migrantWorkerCases": field "value": must not be negative');
    expect(output).toContain('src/data/figures.ts: figure "judicialAssistancePeople": field "unit": Required');
    expect(output).toContain('src/data/figures.ts: figure "migrantWorkerAmount": field "id": duplicate id');
  });

  test('section frontmatter without a title names the file and the field', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'content/sections/case-guidance.mdx', /^title: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('case-guidance');
    expect(output).toMatch(/title\**: Required/);
  });

  test('two sections with one slug name both files', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'content/sections/case-guidance.mdx', 'slug: case-guidance', 'slug: special-actions'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sections\/(case-guidance|special-actions)\.mdx: field "slug": "special-actions" is also used by content\/sections\/(case-guidance|special-actions)\.mdx/);
  });
});
