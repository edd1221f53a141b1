/** The display module's words for where a number comes from: source labels, provenance and approximation. */
import { describe, expect, test } from 'vitest';
import { getFigure } from '../../src/data/index';
import { approximationLabels, citedSource, provenance, sentenceCase, sourceLabel } from '../../src/data/display';

describe('source labels', () => {
  test('a dated source reads name, date; an undated one its name alone', () => {
    expect(sourceLabel('chinaNews20250407')).toBe('China News, 7 April 2025');
    expect(sourceLabel('chinaTrial')).toBe('China Trial magazine');
  });

  test('a chart cites context sources as context, and the interview’s item plainly', () => {
    expect(citedSource('guangming20241223')).toBe('Guangming Online, 23 December 2024 (context)');
    expect(citedSource('interviewEn')).toBe('China News Network');
  });
});

describe('provenance', () => {
  test('one phrase per kind of figure, naming context inputs of a computed one', () => {
    expect(provenance(getFigure('livelihoodCases'))).toBe('from the interview');
    expect(provenance(getFigure('nationalAmountChinaTrial'))).toBe('context');
    expect(provenance(getFigure('averagePerLivelihoodCase'))).toBe('computed by this explainer');
    expect(provenance(getFigure('livelihoodShareOfNationalCases'))).toBe('computed by this explainer, with context figures');
  });

  test('approximation labels and sentence case', () => {
    expect(approximationLabels).toEqual({ exact: 'as stated', about: 'approximate', over: 'lower bound' });
    expect(sentenceCase('computed by this explainer')).toBe('Computed by this explainer');
  });
});
