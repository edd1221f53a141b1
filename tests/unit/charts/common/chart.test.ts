/** The options the pages lay every chart out with come from the design tokens, per variant. */
import { describe, expect, test } from 'vitest';
import { layoutOptions } from '../../../../src/charts/common/chart';
import { fontSizes, layoutWidths } from '../../../../src/styles/tokens';

describe('layoutOptions', () => {
  test.each(['narrow', 'wide'] as const)('%s: the variant’s width and label and small sizes', (variant) => {
    expect(layoutOptions(variant)).toEqual({ width: layoutWidths[variant], variant, fontSize: fontSizes[variant].label, smallSize: fontSizes[variant].small });
  });
});
