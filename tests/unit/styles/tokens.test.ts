/** The type scale (src/styles/tokens.ts): the sizes reading-design §3 asks for, in order, and the CSS typeCss() writes. */
import { describe, expect, test } from 'vitest';
import { typeBreakpoints, typeCss, typeScale } from '../../../src/styles/tokens';

const px = (rem: number) => rem * 16;
const steps = [0, 1, 2] as const;

describe('type scale', () => {
  test('body 18/19/20 px, chart titles 18 then 20, captions 15, labels 14, notes 13, key figures 32/40', () => {
    expect(typeScale.body.map(px)).toEqual([18, 19, 20]);
    expect(typeScale.chartTitle.map(px)).toEqual([18, 18, 20]);
    expect(typeScale.caption.map(px)).toEqual([15, 15, 15]);
    expect(typeScale.label.map(px)).toEqual([14, 14, 14]);
    expect(typeScale.meta.map(px)).toEqual([13, 13, 13]);
    expect([px(typeScale.key[0]), px(typeScale['key-wide'][0])]).toEqual([32, 40]);
  });

  test('at every width the headings rank above the body, and the small sizes below it, none under 13 px', () => {
    for (const i of steps) {
      const size = (name: keyof typeof typeScale) => typeScale[name][i];
      const ranked = [size('h1'), size('h2'), size('h3'), size('body'), size('caption'), size('label'), size('meta')];
      expect(ranked, `step ${i}`).toEqual([...ranked].sort((a, b) => b - a));
      expect(new Set(ranked).size, `step ${i}: no two ranks the same size`).toBe(ranked.length);
      expect(px(size('meta'))).toBeGreaterThanOrEqual(13);
      expect(size('chartTitle')).toBeLessThanOrEqual(size('body'));
      expect(size('chartTitle')).toBeGreaterThan(size('caption'));
    }
  });

  test('typeCss writes every step at the root, and at each breakpoint only what changes', () => {
    const css = typeCss();
    const root = css.match(/^:root\{([^}]*)\}/)![1]!;
    for (const [name, sizes] of Object.entries(typeScale)) expect(root, name).toContain(`--step-${name}:${sizes[0]}rem;`);
    expect(typeBreakpoints).toEqual([40, 60]);
    const at40 = css.match(/@media \(min-width: 40rem\)\{:root\{([^}]*)\}\}/)![1]!;
    const at60 = css.match(/@media \(min-width: 60rem\)\{:root\{([^}]*)\}\}/)![1]!;
    expect(at40).toContain('--step-body:1.1875rem;');
    expect(at40).not.toContain('--step-caption');
    expect(at40).not.toContain('--step-chartTitle');
    expect(at60).toContain('--step-body:1.25rem;');
    expect(at60).toContain('--step-chartTitle:1.25rem;');
    // The breakpoints come after the root block, so they win.
    expect(css.indexOf('@media')).toBeGreaterThan(css.indexOf(root));
  });
});
