/**
 * <page-contents>: keeps the contents list open where it floats in the wide margin, opens it when
 * "Contents" is followed, and marks the link of the section being read with aria-current="true".
 * It announces the section being read (for <edition-link>).
 */
import { currentSectionIndex } from '../lib/reading';
import { sectionChange } from './edition-link';

/** The reading line sits 30% down the viewport; a section is current once its top passes it. */
const lineShare = 0.3;

class PageContents extends HTMLElement {
  connectedCallback(): void {
    const toc = this.querySelector<HTMLElement>('.toc')!;
    const details = this.querySelector<HTMLDetailsElement>('details')!;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-section]')];
    // The sections are the links' targets, elsewhere on the page.
    const sections = links.map((a) => document.getElementById(a.dataset.section!)!);

    // Wide screens always show the list; CSS does it where ::details-content exists, this everywhere else.
    // "Wide" is what the CSS decided (a container query that follows the text size): the list floats in the margin.
    const openWhenWide = () => {
      if (getComputedStyle(toc).float === 'left') details.open = true;
    };
    // Asked after layout (a ResizeObserver reports once laid out, and whenever the list moves between margin
    // and column): asking while the long page is still loading would force its whole layout early.
    new ResizeObserver(openWhenWide).observe(toc);
    details.addEventListener('toggle', openWhenWide);
    // "Contents" in the site header links here: show the list it points to.
    const openOnContents = () => {
      if (location.hash === `#${toc.id}`) details.open = true;
    };
    openOnContents();
    addEventListener('hashchange', openOnContents);

    let current = -1;
    const markCurrent = () => {
      const index = currentSectionIndex(
        sections.map((s) => s.getBoundingClientRect().top),
        innerHeight * lineShare,
      );
      if (index === current) return;
      links[current]?.removeAttribute('aria-current');
      links[index]?.setAttribute('aria-current', 'true');
      current = index;
      document.dispatchEvent(new CustomEvent(sectionChange, { detail: links[index]?.dataset.section }));
    };
    // Tops cross the line exactly when a section enters or leaves the band above it.
    const observer = new IntersectionObserver(markCurrent, { rootMargin: `0px 0px -${100 - lineShare * 100}% 0px` });
    sections.forEach((s) => observer.observe(s));
  }
}

customElements.define('page-contents', PageContents);
