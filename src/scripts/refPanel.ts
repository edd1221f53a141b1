/**
 * Reference panels: a figure, a statement marker or a glossary term with data-panel="X" opens a
 * small panel beside it showing the content of element #X (its note, or a
 * <template>). Click, tap or Enter opens it; Esc closes it and returns focus;
 * it closes when focus or a click leaves it, and never traps focus.
 * Without JavaScript the trigger is a plain link to the note.
 */

let open: { trigger: HTMLElement; panel: HTMLElement } | undefined;
let counter = 0;

function contentFor(id: string): DocumentFragment | undefined {
  const source = document.getElementById(id);
  if (!source) return undefined;
  const fragment =
    source instanceof HTMLTemplateElement
      ? (source.content.cloneNode(true) as DocumentFragment)
      : (() => {
          const f = document.createDocumentFragment();
          for (const child of source.childNodes) f.append(child.cloneNode(true));
          return f;
        })();
  // The copy must not repeat ids that already exist on the page.
  fragment.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  return fragment;
}

function place(panel: HTMLElement, trigger: HTMLElement): void {
  const rect = trigger.getBoundingClientRect();
  const width = Math.min(352, document.documentElement.clientWidth - 16);
  panel.style.width = `${width}px`;
  const left = Math.min(Math.max(8, rect.left), document.documentElement.clientWidth - width - 8);
  panel.style.left = `${left + window.scrollX}px`;
  panel.style.top = `${rect.bottom + window.scrollY + 6}px`;
}

export function closePanel(returnFocus = false): void {
  if (!open) return;
  const { trigger, panel } = open;
  open = undefined;
  panel.remove();
  trigger.setAttribute('aria-expanded', 'false');
  if (returnFocus) trigger.focus();
}

function openPanel(trigger: HTMLElement): void {
  const content = contentFor(trigger.dataset.panel!);
  if (!content) return;
  closePanel();
  const panel = document.createElement('div');
  panel.className = 'ref-panel';
  panel.id = `ref-panel-${++counter}`;
  panel.setAttribute('role', 'dialog');
  const label = trigger.dataset.figure ? 'Where this number comes from' : trigger.dataset.statement ? 'Where this statement comes from' : 'Glossary';
  panel.setAttribute('aria-label', label);
  panel.append(content);
  // Right after the trigger in the DOM, so Tab moves from the number into its panel and on.
  trigger.after(panel);
  place(panel, trigger);
  trigger.setAttribute('aria-expanded', 'true');
  trigger.setAttribute('aria-controls', panel.id);
  open = { trigger, panel };
}

export function enhanceRefPanels(): void {
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const trigger = target.closest<HTMLElement>('a[data-panel]');
    if (trigger) {
      event.preventDefault();
      if (open?.trigger === trigger) closePanel();
      else openPanel(trigger);
      return;
    }
    if (open && !open.panel.contains(target)) closePanel();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) {
      const focusInside = open.panel.contains(document.activeElement) || open.trigger === document.activeElement;
      closePanel(focusInside);
    }
  });
  document.addEventListener('focusin', (event) => {
    if (!open) return;
    const target = event.target as Node;
    if (target !== open.trigger && !open.panel.contains(target)) closePanel();
  });
  window.addEventListener('resize', () => open && place(open.panel, open.trigger));
}
