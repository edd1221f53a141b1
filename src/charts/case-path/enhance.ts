/**
 * The stepper: one step at a time, with Previous / Next buttons and the arrow
 * keys; the diagram highlights the step's box. Without JavaScript every step shows.
 */
import { select, selectAll } from 'd3-selection';

export function enhanceCasePath(): void {
  selectAll<HTMLElement, unknown>('[data-stepper]').each(function () {
    const stepper = select(this);
    const figure = select(this.closest<HTMLElement>('figure.chart')!);
    const steps = stepper.selectAll<HTMLLIElement, unknown>('li[data-step]');
    const count = steps.size();
    let current = 0;

    const go = (index: number) => {
      current = Math.max(0, Math.min(count - 1, index));
      steps.classed('is-current', function () {
        return Number(this.dataset.step) === current;
      });
      const node = steps.filter(function () {
        return Number(this.dataset.step) === current;
      }).attr('data-node');
      figure.classed('is-stepping', true);
      figure.selectAll<SVGGElement, unknown>('g.node').classed('is-current', function () {
        return this.dataset.node === node;
      });
      stepper.select('[data-current]').text(String(current + 1));
      stepper.select('button[data-direction="-1"]').property('disabled', current === 0);
      stepper.select('button[data-direction="1"]').property('disabled', current === count - 1);
      // A button disabled at either end would drop keyboard focus: hand it to the other one.
      const focused = document.activeElement as HTMLButtonElement | null;
      if (focused?.disabled && this.contains(focused)) {
        stepper.select<HTMLButtonElement>(`button[data-direction="${-Number(focused.dataset.direction)}"]`).node()?.focus();
      }
    };

    stepper.selectAll<HTMLButtonElement, unknown>('button[data-direction]').on('click', function () {
      go(current + Number(this.dataset.direction));
    });
    stepper.on('keydown', (event: KeyboardEvent) => {
      const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -count, End: count };
      if (!(event.key in moves)) return;
      event.preventDefault();
      go(current + moves[event.key]!);
    });
    go(0);
  });
}
