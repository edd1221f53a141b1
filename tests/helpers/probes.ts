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

/**
 * What the page asked for and did not get, whatever refused it (a CSP, a failed request, a script error): a
 * stylesheet not applied, an image not decoded, a font that failed, a custom element never defined.
 */
export function loadProblems(): string[] {
  const sheets = [...document.querySelectorAll<HTMLStyleElement | HTMLLinkElement>('style, link[rel="stylesheet"]')];
  const tags = new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.includes('-')));
  const fonts: string[] = [];
  document.fonts.forEach((font) => font.status === 'error' && fonts.push(`font failed: ${font.family}`));
  return [
    ...sheets.filter((el) => !el.sheet).map((el) => `stylesheet not applied: ${el.outerHTML.slice(0, 80)}`),
    ...[...document.images].filter((img) => img.complete && !img.naturalWidth).map((img) => `image not loaded: ${img.src}`),
    ...fonts,
    ...[...tags].filter((tag) => !customElements.get(tag)).map((tag) => `<${tag}> never defined`),
  ];
}

/** From now on, keep every CSP violation, error and unhandled rejection the page meets (read with heardProblems). */
export function listenForProblems(): void {
  const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
  addEventListener('securitypolicyviolation', (e) => heard.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  addEventListener('error', (e) => heard.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => heard.push(`unhandled rejection: ${String(e.reason)}`));
}

export const heardProblems = (): string[] => (window as unknown as { heard?: string[] }).heard ?? ['listenForProblems() did not run'];

/**
 * The computed styles that carry meaning, element by element: the underline that says "this opens its source", a
 * figure's number, the context box, the focus ring of whatever has focus. Colours are read back through a canvas,
 * so every engine writes them alike (#rrggbb, or rgba() when translucent).
 */
export function meaningStyles(): Record<string, Record<string, string> | null> {
  const elements: Record<string, string> = {
    'headline figure number': '.key-figures .fig-number',
    'figure link in prose': 'main p a.fig',
    'figure number in prose': 'main p a.fig .fig-number',
    'statement marker': 'main a.src',
    'glossary term': 'main a.term',
    'chart number': 'figure.chart .chart-number',
    'context box': '.context',
    'context tag': '.context-tag',
  };
  const properties = [
    'color', 'background-color', 'font-weight', 'font-style', 'text-decoration-line', 'text-decoration-style',
    'text-decoration-color', 'border-top-style', 'border-top-width', 'border-top-color', 'border-left-style',
    'border-left-width', 'border-left-color', 'outline-style', 'outline-width', 'outline-color', 'outline-offset',
  ];
  const context = document.createElement('canvas').getContext('2d')!;
  const colour = (value: string) => {
    context.fillStyle = '#000';
    context.fillStyle = value;
    return String(context.fillStyle);
  };
  const read = (el: Element | null) => {
    if (!el) return null;
    const style = getComputedStyle(el);
    // No outline, whatever its width: Chromium gives an unset outline's width as 3px (medium), the others as 0px.
    const shown = properties.filter((p) => !(p.startsWith('outline-') && p !== 'outline-style' && style.outlineStyle === 'none'));
    return Object.fromEntries(shown.map((p) => [p, p.endsWith('color') ? colour(style.getPropertyValue(p)) : style.getPropertyValue(p)]));
  };
  const found = Object.fromEntries(Object.entries(elements).map(([name, selector]) => [name, read(document.querySelector(selector))]));
  const focused = document.activeElement === document.body ? null : document.activeElement;
  return { ...found, 'focused element': focused && { selector: focused.className, ...read(focused) } };
}
