import { describe, expect, test } from 'vitest';
import { currentStep, stepFromHash } from '../../../src/charts/case-path/walk';

describe('currentStep', () => {
  test('is the first step reaching below the reading line', () => {
    // Steps 1 and 2 have passed above the line; 3 is at it, 4 and 5 below it in view, 6 and 7 not yet in view.
    expect(currentStep([false, false, true, true, true, false, false], 0)).toBe(2);
    expect(currentStep([true, true, false, false, false, false, false], 5)).toBe(0);
    expect(currentStep([false, false, false, false, false, false, true], 2)).toBe(6);
  });

  test('keeps the previous step when no step is below the line (walk scrolled past, or not yet reached)', () => {
    expect(currentStep([false, false, false], 2)).toBe(2);
    expect(currentStep([false, false, false], 0)).toBe(0);
    expect(currentStep([], 1)).toBe(1);
  });
});

describe('stepFromHash', () => {
  test('reads a 1-based step link as a 0-based index', () => {
    expect(stepFromHash('#chart-case-path-step-1', 'chart-case-path', 7)).toBe(0);
    expect(stepFromHash('#chart-case-path-step-3', 'chart-case-path', 7)).toBe(2);
    expect(stepFromHash('#chart-case-path-step-7', 'chart-case-path', 7)).toBe(6);
  });

  test('ignores other hashes and steps that do not exist', () => {
    for (const hash of ['', '#', '#chart-case-path', '#chart-case-path-step-0', '#chart-case-path-step-8', '#chart-case-path-step-3x', '#other-step-3', '#chart-case-path-step-'])
      expect(stepFromHash(hash, 'chart-case-path', 7), hash).toBe(-1);
  });
});
