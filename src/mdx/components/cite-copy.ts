/**
 * <cite-copy>: a Copy button beside each citation, only where the Clipboard API exists (it needs a
 * secure context); elsewhere the citation is still there to select and copy.
 */
import { announce } from '../../lib/live';

class CiteCopy extends HTMLElement {
  connectedCallback(): void {
    // The Clipboard API exists only in secure contexts (https, localhost); typings say always.
    if (!window.isSecureContext || !('clipboard' in navigator)) return;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', () => void this.copy(button));
    }
  }

  async copy(button: HTMLButtonElement): Promise<void> {
    const text = this.querySelector(`#${button.dataset.copy}`)?.textContent ?? '';
    const status = button.closest('details')!.querySelector('.copy-status')!;
    const label = button.querySelector('.copy-label')!;
    try {
      await navigator.clipboard.writeText(text);
      // The words are the page's (CiteThis.astro writes them from src/i18n).
      announce(status, this.dataset.copied!.replace('{name}', button.dataset.name!));
      label.textContent = this.dataset.copiedLabel!;
      setTimeout(() => (label.textContent = this.dataset.copyLabel!), 2000);
    } catch {
      announce(status, `Could not copy the ${button.dataset.name} citation: select it and copy it instead`);
    }
  }
}

customElements.define('cite-copy', CiteCopy);
