/** The options the pages lay every chart out with come from the design tokens, per variant, measured in the edition's font. */
import { describe, expect, test } from 'vitest';
import { layoutOptions } from '../../../../src/charts/common/chart';
import { cjkTextWidth, textWidth } from '../../../../src/lib/measure';
import { cjkMetrics, latinMetrics } from '../../../../src/charts/common/text';
import { fontSizes, layoutWidths } from '../../../../src/styles/tokens';

describe('layoutOptions', () => {
  test.each(['narrow', 'wide'] as const)('%s: the variant’s width and label and small sizes, measured as English unless said', (variant) => {
    const sizes = { width: layoutWidths[variant], variant, fontSize: fontSizes[variant].label, smallSize: fontSizes[variant].small };
    expect(layoutOptions(variant)).toEqual({ ...sizes, measure: textWidth, metrics: latinMetrics });
    expect(layoutOptions(variant, 'en')).toEqual({ ...sizes, measure: textWidth, metrics: latinMetrics });
  });

  test.each(['narrow', 'wide'] as const)('%s in Chinese: the same sizes, text measured and set as in a CJK font', (variant) => {
    expect(layoutOptions(variant, 'zh')).toEqual({ ...layoutOptions(variant), measure: cjkTextWidth, metrics: cjkMetrics });
  });
});
