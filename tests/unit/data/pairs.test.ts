/** The English item's sentences paired with the Chinese report's passages, from the real data module. */
import { expect, test } from 'vitest';
import { dataset } from '../../../src/data/index';
import { everySentencePaired, pairsWithChinese } from '../../../src/data/pairs';

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

test('every sentence paired: the same runs, and each sentence without known Chinese on its own', () => {
  const pairs = everySentencePaired(dataset.citable).map((p) => [p.sentences.map((s) => s.id), p.chinese.map((c) => c.id)]);
  const alone = (n: number) => [[`s${n}`], []];
  expect(pairs).toEqual([
    [['s1', 's2'], ['c-zh-figures']],
    alone(3),
    alone(4),
    [['s5'], ['c-zh-case-types']],
    [['s6', 's7'], ['c-zh-measure-one']],
    [['s8', 's9'], ['c-zh-figures']],
    [['s10', 's11'], ['c-zh-measure-two']],
    alone(12),
    alone(13),
    [['s14', 's15'], ['c-zh-measure-three']],
    ...[16, 17, 18, 19, 20, 21, 22, 23, 24, 25].map(alone),
  ]);
});
