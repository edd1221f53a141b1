/** English runs in a Chinese chart's table and text alternative, marked lang="en" (src/charts/common/runs.ts). */
import { expect, test } from 'vitest';
import { latinParts } from '../../../../src/charts/common/runs';

test('English words, with the spaces, commas and brackets between them, are the odd parts', () => {
  expect(latinParts('赡养费（英文报道作“alimony”）')).toEqual(['赡养费（英文报道作“', 'alimony', '”）']);
  expect(latinParts('support between spouses (or other family members)')).toEqual(['', 'support between spouses (or other family members)', '']);
  expect(latinParts('“survivors’ (death) benefits”')).toEqual(['“', 'survivors’ (death) benefits', '”']);
  expect(latinParts('work-related injury insurance benefits')).toEqual(['', 'work-related injury insurance benefits', '']);
});

test('Chinese, digits and formats’ single letters stay as they are', () => {
  expect(latinParts('约64万件')).toEqual(['约64万件']);
  expect(latinParts('每个方格 = 10人')).toEqual(['每个方格 = 10人']);
});
