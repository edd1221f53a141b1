/**
 * Client behaviour shared by every chart, added on top of the static SVG:
 * marks carrying data-tip get a transparent button over them, so each detail
 * opens on hover, on keyboard focus and on tap, and closes with Esc (WCAG 1.4.13).
 * The SVG itself stays a plain role="img" picture with its long description.
 */

function tooltipFor(figure: HTMLElement): HTMLElement {
  let tip = figure.querySelector<HTMLElement>('.chart-tooltip');
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'chart-tooltip';
    tip.id = `${figure.id}-tooltip`;
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    figure.querySelector('.chart-body')!.append(tip);
  }
  return tip;
}

function show(tip: HTMLElement, button: HTMLElement): void {
  tip.replaceChildren();
  const title = document.createElement('strong');
  title.textContent = button.dataset.tipTitle ?? '';
  tip.append(title);
  for (const line of (button.dataset.tipDetail ?? '').split('\n').filter(Boolean)) {
    const p = document.createElement('span');
    p.textContent = line;
    tip.append(p);
  }
  tip.hidden = false;
  // Place it above the target, kept inside the chart's box.
  const body = tip.parentElement!.getBoundingClientRect();
  const target = button.getBoundingClientRect();
  const left = Math.min(Math.max(0, target.left - body.left + target.width / 2 - tip.offsetWidth / 2), body.width - tip.offsetWidth);
  const above = target.top - body.top - tip.offsetHeight - 8;
  tip.style.left = `${Math.max(0, left)}px`;
  tip.style.top = `${above >= 0 ? above : target.bottom - body.top + 8}px`;
  button.setAttribute('aria-describedby', tip.id);
}

function hide(tip: HTMLElement): void {
  tip.hidden = true;
}

/** A layer with a focusable button over each [data-tip] mark of one SVG (not yet in the page). */
function targetLayer(svg: SVGSVGElement, figure: HTMLElement, size: DOMRect): HTMLElement {
  const layer = document.createElement('div');
  layer.className = 'chart-targets';
  const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  for (const mark of svg.querySelectorAll<SVGGraphicsElement>('[data-tip]')) {
    const box = mark.getBBox();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart-target';
    button.dataset.tipTitle = mark.dataset.tip;
    button.dataset.tipDetail = mark.dataset.tipDetail ?? '';
    button.setAttribute('aria-label', `${mark.dataset.tip}: ${(mark.dataset.tipDetail ?? '').replaceAll('\n', '; ')}`);
    // Targets at least 24 px square (WCAG 2.5.8), centred on the mark.
    const w = Math.max(box.width, (24 / size.width) * width);
    const h = Math.max(box.height, (24 / size.height) * height);
    Object.assign(button.style, {
      left: `${((box.x + box.width / 2 - w / 2) / width) * 100}%`,
      top: `${((box.y + box.height / 2 - h / 2) / height) * 100}%`,
      width: `${(w / width) * 100}%`,
      height: `${(h / height) * 100}%`,
    });
    const open = () => {
      mark.classList.add('is-active');
      show(tooltipFor(figure), button);
    };
    const close = () => {
      mark.classList.remove('is-active');
      hide(tooltipFor(figure));
    };
    button.addEventListener('pointerenter', open);
    button.addEventListener('pointerleave', close);
    button.addEventListener('focus', open);
    button.addEventListener('blur', close);
    button.addEventListener('click', open);
    button.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') close();
    });
    layer.append(button);
  }
  return layer;
}

/**
 * Give every SVG now on screen its targets (getBBox needs a rendered SVG, so hidden ones wait).
 * All measuring comes before any change to the page: interleaved, each chart would force a layout.
 */
export function refreshTargets(...figures: HTMLElement[]): void {
  const measured = figures.flatMap((figure) =>
    [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')]
      .filter((svg) => !svg.parentElement!.querySelector('.chart-targets'))
      .map((svg) => ({ svg, figure, size: svg.getBoundingClientRect() }))
      .filter(({ size }) => size.width > 0 && size.height > 0),
  );
  const layers = measured.map(({ svg, figure, size }) => ({ canvas: svg.parentElement!, layer: targetLayer(svg, figure, size) }));
  for (const { canvas, layer } of layers) canvas.append(layer);
}

export function enhanceCharts(): void {
  // One observer for every chart: its first report comes after the first layout, with all charts at once,
  // and a later change of width can reveal the other layout variant.
  const observer = new ResizeObserver((entries) => refreshTargets(...entries.map((e) => e.target as HTMLElement)));
  for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) observer.observe(figure);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const tip of document.querySelectorAll<HTMLElement>('.chart-tooltip')) tip.hidden = true;
    for (const mark of document.querySelectorAll('.is-active')) mark.classList.remove('is-active');
  });
  // Print the data tables with their charts.
  window.addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details.chart-data')) details.open = true;
  });
}
