/**
 * <scale-chart>: the Cases / Yuan toggle shows one measure's grid at a time (both show without
 * JavaScript and in print). The grids share one height, so switching never moves the page.
 */
class ScaleChart extends HTMLElement {
  connectedCallback(): void {
    const figure = this.querySelector('figure')!;
    const panels = [...this.querySelectorAll<HTMLElement>('.chart-panels > .chart-canvas')];
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('.measure-toggle button')];
    const choose = (measure: string, reveal: boolean) => {
      figure.classList.add('has-panels');
      for (const panel of panels) {
        const shown = panel.dataset.panel === measure;
        panel.classList.toggle('is-shown', shown);
        // Fade the migrant-worker part in when a reader switches, to show the part within the whole.
        panel.classList.toggle('reveal', reveal && shown);
      }
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.measure === measure));
    };
    for (const button of buttons) button.addEventListener('click', () => choose(button.dataset.measure!, true));
    choose('cases', false);
  }
}

customElements.define('scale-chart', ScaleChart);
