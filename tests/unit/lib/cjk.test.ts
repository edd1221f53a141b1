import { expect, test } from 'vitest';
import { chineseParts, hanOnly, hanRuns, hasCjk } from '../../../src/lib/cjk';

test('chineseParts gives the runs of Chinese, with their punctuation and the digits inside them, as odd parts', () => {
  expect(chineseParts('Short for 执行结案: a case closed')).toEqual(['Short for ', '执行结案', ': a case closed']);
  expect(chineseParts('About 约6.9万件, then 《人民法院报》。')).toEqual(['About ', '约6.9万件', ', then ', '《人民法院报》。', '']);
  expect(chineseParts('即“执行难”问题')).toEqual(['', '即“执行难”问题', '']);
  expect(chineseParts('keeps “execution” only, as no Chinese here')).toEqual(['keeps “execution” only, as no Chinese here']);
});

test('hasCjk sees ideographs and CJK punctuation; hanRuns and hanOnly take ideographs only', () => {
  expect([hasCjk('最高人民法院'), hasCjk('《》'), hasCjk('Supreme People’s Court')]).toEqual([true, true, false]);
  expect('即“执行难”问题'.match(hanRuns)).toEqual(['即', '执行难', '问题']);
  expect([hanOnly.test('执行'), hanOnly.test('执行。'), hanOnly.test('zhixing')]).toEqual([true, false, false]);
});
