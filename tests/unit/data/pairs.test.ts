/** The English item's sentences paired with the Chinese report's passages, from the real data module. */
import { expect, test } from 'vitest';
import { dataset } from '../../../src/data/index';
import { pairsWithChinese } from '../../../src/data/pairs';

test('consecutive sentences one passage renders are one pair; a repeat is paired again where the item repeats it', () => {
  const pairs = pairsWithChinese(dataset.citable).map((p) => [p.sentences.map((s) => s.id), p.chinese.map((c) => c.id)]);
  // The figures (1–2, repeated as 8–9), the case types (5), and the first three measures (6–7, 10–11, 14–15).
  expect(pairs).toEqual([
    [['s1', 's2'], ['c-zh-figures']],
    [['s5'], ['c-zh-case-types']],
    [['s6', 's7'], ['c-zh-measure-one']],
    [['s8', 's9'], ['c-zh-figures']],
    [['s10', 's11'], ['c-zh-measure-two']],
    [['s14', 's15'], ['c-zh-measure-three']],
  ]);
});
