/**
 * <case-path-chart>: the stepper shows one step at a time, with Previous / Next buttons and the arrow
 * keys; the diagram highlights the step's box. Without JavaScript every step shows.
 */
class CasePathChart extends HTMLElement {
  connectedCallback(): void {
    const figure = this.querySelector('figure')!;
    const stepper = this.querySelector<HTMLElement>('[data-stepper]')!;
    const steps = [...stepper.querySelectorAll<HTMLLIElement>('li[data-step]')];
    const nodes = [...figure.querySelectorAll<SVGGElement>('g.node')];
    const counter = stepper.querySelector('[data-current]')!;
    const button = (direction: number) => stepper.querySelector<HTMLButtonElement>(`button[data-direction="${direction}"]`)!;
    let current = 0;

    const go = (index: number) => {
      current = Math.max(0, Math.min(steps.length - 1, index));
      steps.forEach((step, i) => step.classList.toggle('is-current', i === current));
      const node = steps[current]!.dataset.node;
      figure.classList.add('is-stepping');
      for (const g of nodes) g.classList.toggle('is-current', g.dataset.node === node);
      counter.textContent = String(current + 1);
      button(-1).disabled = current === 0;
      button(1).disabled = current === steps.length - 1;
      // A button disabled at either end would drop keyboard focus: hand it to the other one.
      const focused = document.activeElement as HTMLButtonElement | null;
      if (focused?.disabled && stepper.contains(focused)) button(-Number(focused.dataset.direction)).focus();
    };

    for (const b of stepper.querySelectorAll<HTMLButtonElement>('button[data-direction]')) {
      b.addEventListener('click', () => go(current + Number(b.dataset.direction)));
    }
    stepper.addEventListener('keydown', (event) => {
      const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -steps.length, End: steps.length };
      if (!(event.key in moves)) return;
      event.preventDefault();
      go(current + moves[event.key]!);
    });
    go(0);
  }
}

customElements.define('case-path-chart', CasePathChart);
