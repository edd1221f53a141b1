/** <theme-toggle>: each press of its button moves Light / Dark / System on and remembers the choice. */
import { nextTheme, parseTheme, themeStorageKey, type ThemeChoice } from '../lib/theme';
import { announce } from '../lib/live';

const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

function apply(choice: ThemeChoice): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(themeStorageKey);
    else localStorage.setItem(themeStorageKey, choice);
  } catch {
    // Storage blocked (private mode, policy): the choice lasts for this page only.
  }
}

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const status = this.querySelector('[data-theme-status]')!;
    this.querySelector('button')!.addEventListener('click', () => {
      const choice = nextTheme(parseTheme(root.dataset.theme), systemDark.matches);
      apply(choice);
      // The words are the button's own, so the announcement speaks the page's language.
      announce(status, `${this.querySelector('.theme-word')!.textContent} ${this.querySelector(`[data-choice="${choice}"]`)!.textContent}`);
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);
