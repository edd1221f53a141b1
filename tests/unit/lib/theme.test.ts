/**
 * The theme choice: stored values, the toggle's order, the inline script that applies it
 * before first paint, and the CSS that obeys it (page colours and chart palette).
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { isDarkTheme, nextTheme, parseTheme, themeInitScript } from '../../../src/lib/theme';
import { pageColours, palette, themeCss } from '../../../src/styles/tokens';

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

  /** Runs the script against a stand-in document and storage; returns the data-theme it set. */
  function run(getItem: () => string | null): string | undefined {
    const documentElement = { dataset: {} as Record<string, string> };
    runInNewContext(themeInitScript, { localStorage: { getItem }, document: { documentElement } });
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
    expect(themeInitScript.length).toBeLessThan(200);
  });
});

describe('CSS that follows the choice', () => {
  // One block per theme, in this order: light, system dark (unless Light was chosen), chosen dark, print.
  const blocks = () => {
    const css = themeCss();
    const at = (marker: string) => {
      const start = css.indexOf(marker);
      expect(start, marker).toBeGreaterThanOrEqual(0);
      return css.slice(start + marker.length, css.indexOf('}', start));
    };
    return {
      light: at(':root{'),
      systemDark: at('@media screen and (prefers-color-scheme: dark){:root:not([data-theme=light]){'),
      chosenDark: at('@media screen{:root[data-theme=dark]{'),
      print: at('@media print{:root{'),
    };
  };

  test('themeCss: page and chart colours light by default, dark for a dark system unless Light was chosen, and whenever Dark was chosen', () => {
    const { light, systemDark, chosenDark } = blocks();
    expect(systemDark).toBe(chosenDark);
    for (const [name, colour] of Object.entries(pageColours)) {
      expect(light, name).toContain(`--${name}:${colour.light};`);
      expect(systemDark, name).toContain(`--${name}:${colour.dark};`);
    }
    for (const [name, colour] of Object.entries(palette)) {
      expect(light, name).toContain(`--c-${name}:${colour.light};`);
      expect(systemDark, name).toContain(`--c-${name}:${colour.dark};`);
    }
    // The migrant accent is the chart's, on the page too.
    expect(light).toContain(`--migrant:${palette.migrant.light};`);
    expect(systemDark).toContain(`--migrant:${palette.migrant.dark};`);
  });

  test('themeCss: print is black on white with the light chart colours, whatever the theme (!important)', () => {
    const { print } = blocks();
    expect(print).toContain('--bg:#fff!important;');
    expect(print).toContain('--text:#000!important;');
    for (const [name, colour] of Object.entries(palette)) expect(print, name).toContain(`--c-${name}:${colour.light}!important;`);
    expect(print.split(';').filter(Boolean).every((d) => d.endsWith('!important'))).toBe(true);
  });
});
