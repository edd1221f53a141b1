import { expect, test } from 'vitest';
import { contrast, pageBackground, pageText, palette } from '../../../src/styles/tokens';

test('every chart colour reaches 3:1 against the page, in light and dark', () => {
  for (const [name, colour] of Object.entries(palette)) {
    expect(contrast(colour.light, pageBackground.light), `${name} light`).toBeGreaterThanOrEqual(3);
    expect(contrast(colour.dark, pageBackground.dark), `${name} dark`).toBeGreaterThanOrEqual(3);
  }
});

test('labels written on a bar (page background colour on the mark) reach 4.5:1, on every colour but context (marks only)', () => {
  for (const [name, colour] of Object.entries(palette).filter(([name]) => name !== 'context')) {
    expect(contrast(colour.light, pageBackground.light), name).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour.dark, pageBackground.dark), name).toBeGreaterThanOrEqual(4.5);
  }
});

test('body text reaches 4.5:1 in both themes', () => {
  expect(contrast(pageText.light, pageBackground.light)).toBeGreaterThan(4.5);
  expect(contrast(pageText.dark, pageBackground.dark)).toBeGreaterThan(4.5);
});

test('contrast matches the WCAG reference values', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});
