/**
 * <ref-panels>: a figure, a statement marker or a glossary term with data-panel="X" inside it opens a
 * small panel beside it showing the content of its element #X (its note, or a <template>).
 * Click, tap or Enter opens it; Esc closes it and returns focus; it closes when focus or a click
 * leaves it, and never traps focus. Without JavaScript the trigger is a plain link to the note.
 */
let counter = 0;

class RefPanels extends HTMLElement {
  open: { trigger: HTMLElement; panel: HTMLElement } | undefined;

  connectedCallback(): void {
    document.addEventListener('click', (event) => {
      const target = event.target as Element;
      const trigger = target.closest<HTMLElement>('a[data-panel]');
      if (trigger && this.contains(trigger)) {
        event.preventDefault();
        if (this.open?.trigger === trigger) this.close();
        else this.show(trigger);
      } else if (this.open && !this.open.panel.contains(target)) this.close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.open) return;
      const { trigger, panel } = this.open;
      this.close(panel.contains(document.activeElement) || trigger === document.activeElement);
    });
    document.addEventListener('focusin', (event) => {
      const target = event.target as Node;
      if (this.open && target !== this.open.trigger && !this.open.panel.contains(target)) this.close();
    });
    addEventListener('resize', () => this.open && place(this.open.panel, this.open.trigger));
  }

  /** A copy of element #id's content (a template's, or a note's children), without its ids. */
  contentFor(id: string): DocumentFragment | undefined {
    const source = this.querySelector(`[id="${id}"]`);
    if (!source) return undefined;
    const fragment = document.createDocumentFragment();
    const from = source instanceof HTMLTemplateElement ? source.content : source;
    for (const child of from.childNodes) fragment.append(child.cloneNode(true));
    // The copy must not repeat ids that already exist on the page.
    fragment.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
    return fragment;
  }

  show(trigger: HTMLElement): void {
    const content = this.contentFor(trigger.dataset.panel!);
    if (!content) return;
    // A note lists every figure its sentence gives: a figure's panel puts that figure first, marked.
    const figure = trigger.dataset.figure && content.querySelector(`a.note-fig[href$="/data/#${trigger.dataset.figure}"]`);
    if (figure) {
      figure.classList.add('is-current');
      content.prepend(figure);
    }
    this.close();
    const panel = document.createElement('div');
    panel.className = 'ref-panel';
    panel.id = `ref-panel-${++counter}`;
    panel.setAttribute('role', 'dialog');
    // The panel's name is the page's, in its edition's words (RefPanels.astro).
    const label = (trigger.dataset.figure ? this.dataset.labelFigure : trigger.dataset.statement ? this.dataset.labelStatement : this.dataset.labelTerm)!;
    panel.setAttribute('aria-label', label);
    panel.append(content);
    // Right after the trigger in the DOM, so Tab moves from the number into its panel and on.
    trigger.after(panel);
    place(panel, trigger);
    trigger.setAttribute('aria-expanded', 'true');
    trigger.setAttribute('aria-controls', panel.id);
    this.open = { trigger, panel };
  }

  close(returnFocus = false): void {
    if (!this.open) return;
    const { trigger, panel } = this.open;
    this.open = undefined;
    panel.remove();
    trigger.setAttribute('aria-expanded', 'false');
    if (returnFocus) trigger.focus();
  }
}

/** Below the trigger, kept inside the viewport's width. */
function place(panel: HTMLElement, trigger: HTMLElement): void {
  const rect = trigger.getBoundingClientRect();
  const width = Math.min(352, document.documentElement.clientWidth - 16);
  panel.style.width = `${width}px`;
  const left = Math.min(Math.max(8, rect.left), document.documentElement.clientWidth - width - 8);
  panel.style.left = `${left + window.scrollX}px`;
  panel.style.top = `${rect.bottom + window.scrollY + 6}px`;
}

customElements.define('ref-panels', RefPanels);
