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

/**
 * One real build per error channel (the data module's checks, the MDX checks, the content schema, the section
 * slugs), each proving the channel fails the build and names the file. Each check's other cases, and its exact
 * messages, are unit tests run in-process: tests/unit/validation.test.ts, glossary.test.ts, mdx.test.ts and
 * statements.test.ts.
 */
describe('the build rejects bad input', () => {
  test('the data module: malformed figures, a missing source sentence and a context fact credited to the interview, all named in one run', () => {
    const { status, output } = buildWith((dir) => {
      edit(dir, 'src/data/figures.ts', "id: 'livelihoodCases',\n    label: 'Livelihood enforcement cases concluded',\n    value: 640_000,", "id: 'livelihoodCases',\n    label: 'Livelihood enforcement cases concluded',\n    value: 'about 640000',");
      edit(dir, 'src/data/figures.ts', 'value: 75_200,', 'value: -75_200,');
      edit(dir, 'src/data/figures.ts', "value: 2_311,\n    unit: 'people',\n", 'value: 2_311,\n');
      // A second record with the id of the first.
      edit(dir, 'src/data/figures.ts', "    id: 'typicalWageCasesReleased',", "    id: 'migrantWorkerAmount',");
      // The first figure that spreads this sentence is judicialAssistancePeople.
      edit(dir, 'src/data/figures.ts', '    ...sentences.judicialAssistance2024,\n', '    ...sentences.judicialAssistance2024,\n    sentence: undefined,\n');
      // A China Trial figure recorded as the interview's …
      edit(dir, 'src/data/figures.ts', "    kind: 'context',\n    sourceId: 'chinaTrial',", "    kind: 'interview',\n    sourceId: 'chinaTrial',");
      // … and a glossary entry crediting the English item with context.
      edit(dir, 'src/data/glossary.ts', "sources: ['courtDaily20210526'],\n      text: 'Provincial systems", "sources: ['interviewEn'],\n      text: 'Provincial systems");
      // A passage whose Chinese is not the report's wording as the notes record it.
      edit(dir, 'src/data/passages.ts', "zh: ['三是加强案例引导', '典型案例'],", "zh: ['三是加强案例引导', '典型判例'],");
    });
    expect(status).not.toBe(0);
    expect(output).toContain('src/data/figures.ts: figure "livelihoodCases": field "value": must be a number');
    expect(output).toContain('src/data/figures.ts: figure "migrantWorkerCases": field "value": must not be negative');
    expect(output).toContain('src/data/figures.ts: figure "judicialAssistancePeople": field "unit": Required');
    expect(output).toContain('src/data/figures.ts: figure "migrantWorkerAmount": field "id": duplicate id');
    expect(output).toContain('src/data/figures.ts: figure "judicialAssistancePeople": field "sentence": Required');
    expect(output).toContain('src/data/figures.ts: figure "nationalAmountChinaTrial": field "kind": "interview" does not match source "chinaTrial", which is context');
    expect(output).toContain('src/data/glossary.ts: glossary entry "pointToPoint": field "context.sources": "interviewEn" is not a context source');
    expect(output).toContain('src/data/passages.ts: passage "c-zh-measure-three": field "zh.1": not found verbatim in the shipped source text "context-notes"');
  });

  test('the MDX checks: an unknown figure id names the file, the line and the id', () => {
    const { status, output } = buildWith((dir) =>
      edit(dir, 'content/sections/in-numbers.mdx', '<Fig id="migrantWorkerCases" />', '<Fig id="migrantWorkerCasez" />'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sections\/in-numbers\.mdx:\d+: unknown Fig id "migrantWorkerCasez"/);
  });

  test('the content schema: section frontmatter without a title names the file and the field', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'content/sections/case-guidance.mdx', /^title: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('case-guidance');
    expect(output).toMatch(/title\**: Required/);
  });

  test('the Chinese edition: a quotation that is not the report’s wording names the file, the line and the quotation', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'content/zh/sections/special-actions.mdx', '“快速立案、优先执行、优先发放执行款”', '“快速立案、优先执行、尽快发放执行款”'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/zh\/sections\/special-actions\.mdx:\d+: the quotation “快速立案、优先执行、尽快发放执行款” is not word for word the Chinese wording/);
  });

  test('parity: a Chinese section that drops a claim of the English one names both files and the sentence', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'content/zh/sections/judicial-assistance.mdx', /<Src at="s19" \/>/g, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/zh/sections/judicial-assistance.mdx (against content/sections/judicial-assistance.mdx): cites no "s19": a claim of the English section is missing');
  });

  test('the section slugs: two sections with one slug name both files', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'content/sections/case-guidance.mdx', 'slug: case-guidance', 'slug: special-actions'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sections\/(case-guidance|special-actions)\.mdx: field "slug": "special-actions" is also used by content\/sections\/(case-guidance|special-actions)\.mdx/);
  });
});
