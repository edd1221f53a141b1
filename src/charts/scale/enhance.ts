/**
 * The Cases / Yuan toggle: shows one measure's grid at a time (both show without
 * JavaScript and in print). The grids share one height, so switching never moves the page.
 */
import { select, selectAll } from 'd3-selection';
import { refreshTargets } from '../shared/enhance';

export function enhanceScale(): void {
  selectAll<HTMLElement, unknown>('figure.chart[data-chart="chart-scale"]').each(function () {
    const figure = select(this);
    const choose = (measure: string, reveal: boolean) => {
      figure.classed('has-panels', true);
      figure
        .selectAll<HTMLElement, unknown>('.chart-panels > .chart-canvas')
        .classed('is-shown', function () {
          return this.dataset.panel === measure;
        })
        // Grow the migrant-worker squares in when a reader switches, to show the part filling the whole.
        .classed('reveal', function () {
          return reveal && this.dataset.panel === measure;
        });
      figure.selectAll<HTMLButtonElement, unknown>('.measure-toggle button').attr('aria-pressed', function () {
        return String(this.dataset.measure === measure);
      });
      refreshTargets(this);
    };
    // The reveal staggers the squares in reading order (--i); set through CSSOM, which the CSP allows.
    figure.selectAll<HTMLElement, unknown>('.chart-canvas').each(function () {
      this.querySelectorAll<SVGRectElement>('rect.part').forEach((part, i) => part.style.setProperty('--i', String(i)));
    });
    figure.selectAll<HTMLButtonElement, unknown>('.measure-toggle button').on('click', function () {
      choose(this.dataset.measure!, true);
    });
    choose('cases', false);
  });
}
