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

  test('a quotation that is not in its source names the file, the line and the quote', () => {
    const { status, output } = buildWith((dir) =>
      edit(dir, 'content/sections/livelihood-cases.mdx', '"a difficult point and a direction that requires concerted efforts"', '"a hard point that needs concerted efforts"'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sections\/livelihood-cases\.mdx:\d+: the quotation “a hard point that needs concerted efforts” is not word for word in the cited <Src at="s4">/);
  });

  test('a statement marker pointing at a sentence that does not exist names the file and the line', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'content/sections/judicial-assistance.mdx', '<Src at="s18" />', '<Src at="s18 s31" />'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sections\/judicial-assistance\.mdx:\d+: <Src at="s18 s31">: no sentence or passage "s31"/);
  });

  test('a context fact credited to the interview fails, in a figure and in a glossary entry', () => {
    const { status, output } = buildWith((dir) => {
      // A China Trial figure recorded as the interview's …
      edit(dir, 'src/data/figures.ts', "    kind: 'context',\n    sourceId: 'chinaTrial',\n    sentence: quotes.chinaTrialNational,", "    kind: 'interview',\n    sourceId: 'chinaTrial',\n    sentence: quotes.chinaTrialNational,");
      // … and a glossary entry crediting the English item with context.
      edit(dir, 'src/data/glossary.ts', "sources: ['courtDaily20210526'],\n      text: 'Provincial systems", "sources: ['interviewEn'],\n      text: 'Provincial systems");
    });
    expect(status).not.toBe(0);
    expect(output).toContain('src/data/figures.ts: figure "nationalAmountChinaTrial": field "kind": "interview" does not match source "chinaTrial", which is context');
    expect(output).toContain('src/data/glossary.ts: glossary entry "pointToPoint": field "context.sources": "interviewEn" is not a context source');
  });

  test('a context box citing a source it does not name names the file and the line', () => {
    const { status, output } = buildWith((dir) =>
      edit(dir, 'content/sections/case-guidance.mdx', '<Context sources={["wageCases20250122"]}>', '<Context sources={["chinaTrial"]}>'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sections\/case-guidance\.mdx:\d+: <Src at="c-wage-cases"> cites "c-wage-cases" from source "wageCases20250122", which its <Context> box does not name/);
  });

  test('two sections with one slug name both files', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'content/sections/case-guidance.mdx', 'slug: case-guidance', 'slug: special-actions'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sections\/(case-guidance|special-actions)\.mdx: field "slug": "special-actions" is also used by content\/sections\/(case-guidance|special-actions)\.mdx/);
  });
});
