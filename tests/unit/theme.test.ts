/**
 * The theme choice: stored values, the toggle's order, the inline script that applies it
 * before first paint, and the CSS that obeys it (page colours and chart palette).
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { isDarkTheme, nextTheme, parseTheme } from '../../src/lib/theme';
import { palette, paletteCss } from '../../src/charts/shared/palette';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('parseTheme', () => {
  test('keeps "light" and "dark" and reads anything else as the system setting', () => {
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme(null)).toBe('system');
    expect(parseTheme(undefined)).toBe('system');
    expect(parseTheme('Dark')).toBe('system');
    expect(parseTheme('')).toBe('system');
  });
});

describe('nextTheme', () => {
  test('with a light system: System → Dark → Light → System, so the first press changes the page', () => {
    expect(nextTheme('system', false)).toBe('dark');
    expect(nextTheme('dark', false)).toBe('light');
    expect(nextTheme('light', false)).toBe('system');
  });

  test('with a dark system: System → Light → Dark → System', () => {
    expect(nextTheme('system', true)).toBe('light');
    expect(nextTheme('light', true)).toBe('dark');
    expect(nextTheme('dark', true)).toBe('system');
  });

  test('the first press from System always shows the other scheme', () => {
    for (const systemDark of [false, true]) {
      expect(isDarkTheme(nextTheme('system', systemDark), systemDark)).toBe(!systemDark);
    }
  });
});

describe('isDarkTheme', () => {
  test('an explicit choice wins over the system; System follows it', () => {
    expect(isDarkTheme('dark', false)).toBe(true);
    expect(isDarkTheme('light', true)).toBe(false);
    expect(isDarkTheme('system', true)).toBe(true);
    expect(isDarkTheme('system', false)).toBe(false);
  });
});

describe('the inline script in <head> (ThemeInit.astro)', () => {
  const source = read('src/chrome/ThemeInit.astro').match(/<script is:inline>([\s\S]*?)<\/script>/)![1]!;

  /** Runs the script against a stand-in document and storage; returns the data-theme it set. */
  function run(getItem: () => string | null): string | undefined {
    const documentElement = { dataset: {} as Record<string, string> };
    runInNewContext(source, { localStorage: { getItem }, document: { documentElement } });
    return documentElement.dataset.theme;
  }

  test('sets the stored light or dark theme', () => {
    expect(run(() => 'dark')).toBe('dark');
    expect(run(() => 'light')).toBe('light');
  });

  test('sets nothing for no choice or a value it does not know (the system setting applies)', () => {
    expect(run(() => null)).toBeUndefined();
    expect(run(() => 'sepia')).toBeUndefined();
  });

  test('does not throw where storage is blocked', () => {
    expect(
      run(() => {
        throw new Error('SecurityError');
      }),
    ).toBeUndefined();
  });

  test('stays tiny (it blocks the first paint)', () => {
    expect(source.length).toBeLessThan(200);
  });
});

describe('CSS that follows the choice', () => {
  /** The declarations of the first rule after `marker`, in order. */
  const declarations = (css: string, marker: string) => {
    const at = css.indexOf(marker);
    expect(at, marker).toBeGreaterThanOrEqual(0);
    const body = css.slice(css.indexOf('{', css.indexOf('{', at) + 1) + 1);
    return body
      .slice(0, body.indexOf('}'))
      .split(';')
      .map((d) => d.replace(/\/\*[\s\S]*?\*\//g, '').trim())
      .filter(Boolean);
  };

  test('global.css: the system-dark colours and the chosen-dark colours are the same', () => {
    const css = read('src/styles/global.css');
    const system = declarations(css, "@media screen and (prefers-color-scheme: dark) {\n  :root:not([data-theme='light'])");
    const chosen = declarations(css, "@media screen {\n  :root[data-theme='dark']");
    expect(system.length).toBeGreaterThanOrEqual(10);
    // The chosen block also sets color-scheme: with a light system, form controls would stay light.
    expect(chosen).toEqual([...system.filter((d) => !d.startsWith('color-scheme')), 'color-scheme: dark']);
  });

  test('paletteCss: light by default; dark for a dark system unless Light was chosen, and whenever Dark was chosen', () => {
    const css = paletteCss();
    const light = `--c-livelihood:${palette.livelihood.light};`;
    const dark = `--c-livelihood:${palette.livelihood.dark};`;
    expect(css).toContain(`:root{${light}`);
    expect(css).toContain(`@media screen and (prefers-color-scheme: dark){:root:not([data-theme=light]){${dark}`);
    expect(css).toContain(`@media screen{:root[data-theme=dark]{${dark}`);
    // Every colour appears once per block: light, system dark, chosen dark.
    for (const [name, colour] of Object.entries(palette)) {
      expect(css.split(`--c-${name}:${colour.dark};`).length - 1, name).toBe(2);
      expect(css.split(`--c-${name}:${colour.light};`).length - 1, name).toBe(1);
    }
  });
});
