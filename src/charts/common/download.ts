/**
 * "Image (SVG)" and "Image (PNG)" under each chart: export the SVG variant the
 * reader sees as a file that stands alone. The page's SVG takes its colours and
 * fonts from CSS variables and classes, so the copy gets each element's computed
 * styles written as attributes, a plain background, and the chart's title and source as text.
 */
import { pageIsDark } from '../../lib/theme';
import { wrapWith } from '../../lib/measure';

/**
 * Inherited properties, written only where they differ from the parent's. They are written as
 * SVG presentation attributes, not style attributes: the page's Content Security Policy blocks
 * inline styles, and a standalone file reads both the same.
 */
const inherited = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

const svgNs = 'http://www.w3.org/2000/svg';

function inlineStyles(source: Element, copy: Element, parent?: CSSStyleDeclaration): void {
  const style = getComputedStyle(source);
  for (const name of inherited) {
    const value = style.getPropertyValue(name);
    if (!parent || value !== parent.getPropertyValue(name)) copy.setAttribute(name, value);
  }
  // Tabular figures: font-variant is the presentation attribute that carries them.
  const numeric = style.fontVariantNumeric;
  if (numeric !== 'normal' && (!parent || numeric !== parent.fontVariantNumeric)) copy.setAttribute('font-variant', numeric);
  if (style.opacity !== '1') copy.setAttribute('opacity', style.opacity);
  if (style.display === 'none') copy.setAttribute('display', 'none');
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  [...source.children].forEach((child, i) => inlineStyles(child, copy.children[i]!, style));
}

/** Lines of at most `width` px in the given canvas font, broken as the charts break them (between words, and in Chinese between characters). */
function wrap(text: string, width: number, font: string): string[] {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = font;
  return wrapWith((line) => context.measureText(line).width, text, 1, width);
}

function textBlock(lines: string[], y: number, size: number, weight: number, colour: string, family: string): SVGTextElement {
  const text = document.createElementNS(svgNs, 'text');
  for (const [name, value] of Object.entries({ 'font-family': family, 'font-size': `${size}px`, 'font-weight': String(weight), fill: colour })) {
    text.setAttribute(name, value);
  }
  lines.forEach((line, i) => {
    const span = document.createElementNS(svgNs, 'tspan');
    span.setAttribute('x', '0');
    span.setAttribute('y', String(Math.round(y + (i + 1) * size * 1.3)));
    span.textContent = line;
    text.append(span);
  });
  return text;
}

/** The visible chart SVG as a standalone SVG document, with its title above and source below. */
function standaloneSvg(figure: HTMLElement): { svg: string; width: number; height: number } {
  const shown = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
  const [, , width, height] = shown.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  const page = getComputedStyle(document.body);
  const family = getComputedStyle(shown).fontFamily;
  // White paper in the light theme; in the dark theme the page's own background keeps the light text readable.
  const dark = pageIsDark();
  const paper = dark ? page.backgroundColor : '#fff';
  const pad = 16;
  const title = wrap(figure.querySelector('.chart-title')!.textContent!.trim(), width, `700 18px ${family}`);
  const source = wrap(figure.querySelector('.chart-source')!.textContent!.trim(), width, `12px ${family}`);
  const top = Math.ceil(title.length * 18 * 1.3 + 12);
  const total = { width: width + 2 * pad, height: Math.ceil(pad + top + height + 8 + source.length * 12 * 1.3 + pad) };

  const chart = shown.cloneNode(true) as SVGSVGElement;
  inlineStyles(shown, chart);
  for (const name of ['role', 'aria-labelledby', 'aria-describedby', 'width', 'height']) chart.removeAttribute(name);
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(top));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(height));
  chart.setAttribute('overflow', 'visible');

  const root = document.createElementNS(svgNs, 'svg');
  root.setAttribute('viewBox', `0 0 ${total.width} ${total.height}`);
  root.setAttribute('width', String(total.width));
  root.setAttribute('height', String(total.height));
  const label = document.createElementNS(svgNs, 'title');
  label.textContent = title.join(' ');
  const background = document.createElementNS(svgNs, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', paper);
  const content = document.createElementNS(svgNs, 'g');
  content.setAttribute('transform', `translate(${pad} ${pad})`);
  content.append(
    textBlock(title, -4, 18, 700, page.color, family),
    chart,
    textBlock(source, top + height + 4, 12, 400, getComputedStyle(figure.querySelector('.chart-source')!).color, family),
  );
  root.append(label, background, content);
  return { svg: new XMLSerializer().serializeToString(root), ...total };
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draw the SVG on a canvas at twice its size, for sharp PNGs on high-density screens. */
async function pngOf({ svg, width, height }: { svg: string; width: number; height: number }): Promise<Blob> {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}

export type ImageFormat = 'svg' | 'png';

/** Saves the chart shown in `figure` as <its file name>.svg or .png (chart-scale.png, chart-scale-zh.png), and returns the file's name. */
export async function saveImage(figure: HTMLElement, format: ImageFormat): Promise<string> {
  const name = `${figure.dataset.file ?? figure.id}.${format}`;
  const image = standaloneSvg(figure);
  save(format === 'svg' ? new Blob([image.svg], { type: 'image/svg+xml' }) : await pngOf(image), name);
  return name;
}
