/**
 * The reader's colour theme. "system" follows prefers-color-scheme; "light" and "dark"
 * are stored in localStorage and set as data-theme on <html>, which src/styles/base.css and the
 * chart palette obey over the media query. ThemeInit.astro runs themeInitScript inline
 * (it must run before first paint, before any module loads).
 */
export type ThemeChoice = 'light' | 'dark' | 'system';

export const themeStorageKey = 'theme';

/**
 * The reading step as an inline script for <head>: the stored light or dark theme goes on <html> before the
 * page is drawn, as parseTheme reads it; a missing or broken localStorage leaves the system theme. Tiny on purpose.
 */
export const themeInitScript = `try{var t=localStorage.getItem('${themeStorageKey}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** A stored value as a choice: anything but "light" or "dark" (nothing stored, junk) means "system". */
export function parseTheme(stored: string | null | undefined): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/**
 * The next choice when the toggle is pressed. The first press from "system" always changes
 * what the reader sees (to the opposite of the system's scheme), then the other explicit
 * theme, then back to "system".
 */
export function nextTheme(choice: ThemeChoice, systemDark: boolean): ThemeChoice {
  const opposite = systemDark ? 'light' : 'dark';
  const same = systemDark ? 'dark' : 'light';
  if (choice === 'system') return opposite;
  if (choice === opposite) return same;
  return 'system';
}

/** Whether the page shows dark colours for this choice. */
export function isDarkTheme(choice: ThemeChoice, systemDark: boolean): boolean {
  return choice === 'system' ? systemDark : choice === 'dark';
}

/** What the page shows now (client only): the data-theme attribute, or else the system's scheme. */
export function pageIsDark(): boolean {
  return isDarkTheme(parseTheme(document.documentElement.dataset.theme), matchMedia('(prefers-color-scheme: dark)').matches);
}
