/**
 * Functions that run in the page, in any engine: each is self-contained, as the drivers send it as text.
 */

/** Whether every chart shown has its layer of detail buttons (<chart-figure> adds it once the SVG is laid out). */
export function chartTargetsShown(): boolean {
  return [...document.querySelectorAll('svg.chart-svg')]
    .filter((svg) => svg.getBoundingClientRect().width > 0 && svg.querySelector('[data-tip]'))
    .every((svg) => svg.parentElement!.querySelector('.chart-targets'));
}

/** Which layout each chart shows, its inner width and its shown SVGs' sizes. */
export function shownCharts() {
  return [...document.querySelectorAll<HTMLElement>('figure.chart')].map((figure) => {
    const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')].map((s) => s.getBoundingClientRect()).filter((r) => r.width > 0);
    return {
      id: figure.id,
      width: figure.getBoundingClientRect().width - parseFloat(getComputedStyle(figure).paddingLeft) - parseFloat(getComputedStyle(figure).paddingRight),
      variants: [...figure.querySelectorAll<HTMLElement>('.chart-variant')].filter((v) => v.getBoundingClientRect().width > 0).map((v) => v.dataset.variant!),
      svgWidths: svgs.map((r) => r.width),
      svgHeights: svgs.map((r) => r.height),
    };
  });
}
