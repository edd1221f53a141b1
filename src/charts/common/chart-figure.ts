/**
 * <chart-figure>: client behaviour shared by every chart, added on top of the static SVG.
 * Marks carrying data-tip get a transparent button over them, so each detail opens on hover,
 * on keyboard focus and on tap, and closes with Esc (WCAG 1.4.13); the SVG itself stays a plain
 * role="img" picture with its long description. "Image (SVG)" and "Image (PNG)" save the chart shown.
 */
import { announce } from '../../lib/live';
import { saveImage, type ImageFormat } from './download';

/**
 * One observer for every chart's SVGs. An SVG reports once laid out, and again when it is shown (the other
 * layout variant at a new width): getBBox needs a rendered SVG, so hidden ones
 * wait. All measuring comes before any change to the page: interleaved, each chart would force a layout.
 */
const observer = new ResizeObserver((entries) => {
  const layers = entries
    .map((entry) => entry.target as SVGSVGElement)
    .filter((svg) => !svg.parentElement!.querySelector('.chart-targets'))
    .map((svg) => ({ svg, size: svg.getBoundingClientRect() }))
    .filter(({ size }) => size.width > 0 && size.height > 0)
    .map(({ svg, size }) => ({ canvas: svg.parentElement!, layer: svg.closest<ChartFigure>('chart-figure')!.targetLayer(svg, size) }));
  for (const { canvas, layer } of layers) canvas.append(layer);
});

class ChartFigure extends HTMLElement {
  tip: HTMLElement | undefined;

  connectedCallback(): void {
    const figure = this.querySelector('figure')!;
    for (const svg of this.querySelectorAll('svg.chart-svg')) observer.observe(svg);
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hideTip();
    });
    // Print the data table with its chart.
    addEventListener('beforeprint', () => (this.querySelector('details')!.open = true));
    // What to say once saved comes from the page, in its edition ("Saved", "已保存").
    const status = this.querySelector<HTMLElement>('[data-export-status]')!;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
      button.addEventListener('click', async () => announce(status, `${status.dataset.saved} ${await saveImage(figure, button.dataset.export as ImageFormat)}`));
    }
  }

  /** The detail box, made on first use inside the chart's body. */
  tooltip(): HTMLElement {
    if (!this.tip) {
      this.tip = document.createElement('div');
      this.tip.className = 'chart-tooltip';
      this.tip.id = `${this.querySelector('figure')!.id}-tooltip`;
      this.tip.setAttribute('role', 'tooltip');
      this.tip.hidden = true;
      this.querySelector('.chart-body')!.append(this.tip);
    }
    return this.tip;
  }

  showTip(button: HTMLElement): void {
    const tip = this.tooltip();
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

  hideTip(): void {
    if (this.tip) this.tip.hidden = true;
    for (const mark of this.querySelectorAll('.is-active')) mark.classList.remove('is-active');
  }

  /** A layer with a focusable button over each [data-tip] mark of one SVG (not yet in the page). */
  targetLayer(svg: SVGSVGElement, size: DOMRect): HTMLElement {
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
        this.showTip(button);
      };
      const close = () => {
        mark.classList.remove('is-active');
        this.tooltip().hidden = true;
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
}

customElements.define('chart-figure', ChartFigure);
