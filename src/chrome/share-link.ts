/** <share-link>: "Copy link" copies its data-share-url; "Share" opens the device's share sheet where there is one. */
import { announce } from '../lib/live';

class ShareLink extends HTMLElement {
  connectedCallback(): void {
    const url = this.dataset.shareUrl!;
    const status = this.querySelector('.share-status')!;
    this.querySelector('[data-copy-link]')!.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        announce(status, this.dataset.copied!);
      } catch {
        // No clipboard (not a secure context, or refused): show the link to copy by hand.
        announce(status, `${this.dataset.notCopied} ${url}`);
      }
    });
    if (typeof navigator.share !== 'function') return;
    const share = this.querySelector<HTMLButtonElement>('[data-native-share]')!;
    share.hidden = false;
    share.addEventListener('click', () => {
      navigator.share({ title: this.dataset.shareTitle, url }).catch(() => {
        // Closing the share sheet rejects too; there is nothing to report.
      });
    });
  }
}

customElements.define('share-link', ShareLink);
