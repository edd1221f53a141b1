import { describe, expect, test } from 'vitest';
import { chineseParts, englishParts, hanOnly, hanRuns, hasCjk } from '../../../src/lib/cjk';

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

describe('englishParts: the English in Chinese text, marked lang="en" on a Chinese page (Mixed)', () => {
  test('English words, with the spaces, commas and brackets between them, are the odd parts', () => {
    expect(englishParts('赡养费（英文报道作“alimony”）')).toEqual(['赡养费（英文报道作“', 'alimony', '”）']);
    expect(englishParts('support between spouses (or other family members)')).toEqual(['', 'support between spouses (or other family members)', '']);
    expect(englishParts('“survivors’ (death) benefits”')).toEqual(['“', 'survivors’ (death) benefits', '”']);
    expect(englishParts('据China News Network报道，People’s Court Daily称')).toEqual(['据', 'China News Network', '报道，', 'People’s Court Daily', '称']);
  });

  test('Chinese, digits and single letters stay as they are', () => {
    expect(englishParts('约64万件')).toEqual(['约64万件']);
    expect(englishParts('每个方格 = 10人，见A类')).toEqual(['每个方格 = 10人，见A类']);
  });
});
