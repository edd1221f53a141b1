/**
 * <case-path-chart>: the scroll walk. Every step is ordinary text in an <ol>; as the reader scrolls, the
 * step at the reading line becomes current and the diagram (sticky, by case-path.css) highlights its box.
 * An IntersectionObserver watches the steps against the viewport below that line, never a scroll handler;
 * the line is the steps' scroll-margin-top, so a link to a step (#chart-case-path-step-3) lands on it and
 * the observer agrees. Focusing a step's "#" link brings that step to the line too. Without JavaScript,
 * in print and on a short screen every step reads in order under the full diagram.
 */
import { currentStep, stepFromHash } from './walk';

class CasePathChart extends HTMLElement {
  connectedCallback(): void {
    const figure = this.querySelector('figure')!;
    const steps = [...this.querySelectorAll<HTMLLIElement>('.case-steps > li')];
    const nodes = [...this.querySelectorAll<SVGGElement>('g.node')];
    const variants = [...this.querySelectorAll<HTMLElement>('.chart-variant')];
    const below = steps.map(() => false);
    let current = -1;
    let observer: IntersectionObserver | undefined;

    const go = (index: number) => {
      if (index === current) return;
      current = index;
      steps.forEach((step, i) => step.classList.toggle('is-current', i === index));
      for (const g of nodes) g.classList.toggle('is-current', g.dataset.node === steps[index]!.dataset.node);
    };
    const linked = () => stepFromHash(location.hash, figure.id, steps.length);
    // The reading line sits under the sticky diagram on a phone: the CSS reads the diagram's height from here.
    const watch = () => {
      observer?.disconnect();
      this.style.setProperty('--case-path-diagram', `${Math.max(...variants.map((v) => v.offsetHeight))}px`);
      const line = parseFloat(getComputedStyle(steps[0]!).scrollMarginTop) || 0;
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) below[steps.indexOf(entry.target as HTMLLIElement)] = entry.isIntersecting;
          go(currentStep(below, current));
        },
        { rootMargin: `${-line}px 0px 0px 0px` },
      );
      for (const step of steps) observer.observe(step);
    };

    figure.classList.add('is-walking');
    go(Math.max(0, linked()));
    let first = true;
    new ResizeObserver(() => {
      watch();
      // The page may have scrolled to a linked step before the line was known: put it on the line.
      if (first && linked() >= 0) steps[linked()]!.scrollIntoView({ behavior: 'instant' });
      first = false;
    }).observe(this);
    addEventListener('hashchange', () => linked() >= 0 && go(linked()));
    this.addEventListener('focusin', (event) => {
      const i = steps.findIndex((step) => step.contains(event.target as Node));
      if (i < 0) return;
      go(i);
      steps[i]!.scrollIntoView();
    });
  }
}

customElements.define('case-path-chart', CasePathChart);
