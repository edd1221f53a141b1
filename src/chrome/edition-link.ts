/**
 * <edition-link>: the link to the same page in the other edition. On the whole explainer it follows the
 * reader (page-contents announces the section being read), so switching language keeps their place: both
 * editions give a section the same anchor. Without JavaScript it opens the other edition's page at its top.
 */
export const sectionChange = 'section-change';

class EditionLink extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a')!;
    const page = link.getAttribute('href')!;
    document.addEventListener(sectionChange, (event) => {
      const slug = (event as CustomEvent<string | undefined>).detail;
      link.href = slug ? `${page}#${slug}` : page;
    });
  }
}

customElements.define('edition-link', EditionLink);
