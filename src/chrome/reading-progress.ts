/** <reading-progress>: a bar scaled to how far the page has been read, following the scroll directly. */
import { readingProgress } from '../lib/reading';

class ReadingProgress extends HTMLElement {
  connectedCallback(): void {
    let queued = false;
    const update = () => {
      queued = false;
      const page = document.documentElement;
      this.style.transform = `scaleX(${readingProgress(page.scrollTop, page.scrollHeight, page.clientHeight)})`;
    };
    // At most once per frame, however fast scroll events come.
    const schedule = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    };
    addEventListener('scroll', schedule, { passive: true });
    // The first reading, and a new one whenever the page changes size (resized window, opened table),
    // come from a ResizeObserver, which reports after layout: measuring earlier would force the long page's layout.
    new ResizeObserver(update).observe(document.documentElement);
  }
}

customElements.define('reading-progress', ReadingProgress);
