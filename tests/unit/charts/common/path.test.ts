import { describe, expect, test } from 'vitest';
import { rectsPath } from '../../../../src/charts/common/path';

describe('rectsPath', () => {
  test('draws each rectangle as one closed subpath and leaves out those with no area', () => {
    expect(
      rectsPath([
        { x: 0, y: 0, width: 10, height: 5 },
        { x: 12.34, y: 1, width: 0, height: 5 },
        { x: 12.34, y: 1.06, width: 2.5, height: 5 },
      ]),
    ).toBe('M0 0h10v5h-10zM12.3 1.1h2.5v5h-2.5z');
  });
});
