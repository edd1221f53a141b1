import { describe, expect, test } from 'vitest';
import { parityProblems, type SectionFacts } from '../../../src/mdx/parity';

const section = (file: string, over: Partial<SectionFacts> = {}): SectionFacts => ({
  file,
  slug: 'in-numbers',
  order: 3,
  references: { Fig: ['livelihoodCases', 'livelihoodAmount'], Term: ['concluded'], Chart: ['chart-scale', 'chart-averages'] },
  anchors: ['s1', 's2', 'c-zh-figures'],
  ...over,
});
const en = section('content/sections/in-numbers.mdx');
const zh = (over: Partial<SectionFacts> = {}) => section('content/zh/sections/in-numbers.mdx', over);
const where = 'content/zh/sections/in-numbers.mdx (against content/sections/in-numbers.mdx)';

describe('parityProblems', () => {
  test('none for a counterpart naming the same figures, terms, charts and sentences, in its own words', () => {
    expect(parityProblems([en], [zh()])).toEqual([]);
  });

  test('a dropped or added claim, figure or term is named with both files', () => {
    expect(parityProblems([en], [zh({ anchors: ['s1', 'c-zh-figures', 's20'], references: { ...en.references, Fig: ['livelihoodCases'], Term: ['concluded', 'enforcement'] } })])).toEqual([
      `${where}: no <Fig id> for "livelihoodAmount"`,
      `${where}: <Term id> for "enforcement", which English does not name`,
      `${where}: cites no "s2": a claim of the English section is missing`,
      `${where}: cites "s20", which English does not: a claim the English section does not make`,
    ]);
  });

  test('charts keep their order (and so their numbers), sections their place', () => {
    expect(parityProblems([en], [zh({ order: 4, references: { ...en.references, Chart: ['chart-averages', 'chart-scale'] } })])).toEqual([
      `${where}: field "order": 4, where English has 3`,
      `${where}: charts in another order ("chart-averages", "chart-scale"), where English has "chart-scale", "chart-averages": a chart keeps its number`,
    ]);
  });

  test('a section missing from the edition, or one English does not have, is named', () => {
    expect(parityProblems([en], [zh({ slug: 'numbers' })])).toEqual([
      'content/sections/in-numbers.mdx: slug "in-numbers" has no counterpart in the edition (content/zh/sections/)',
      'content/zh/sections/in-numbers.mdx: slug "numbers" has no English section',
    ]);
  });
});
