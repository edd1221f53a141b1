/**
 * Which scripts a built page runs, answered once: for the page-security step (which inline blocks
 * need a hash), the byte budgets (tests/helpers/budget.ts) and `npm run bench`. Plain JS, so the
 * scripts in scripts/ import it under Node with no TypeScript step.
 */
const runnableTypes = ['module', 'text/javascript', 'application/javascript'];

/**
 * The scripts an HTML page runs: the `src` of each external script and the text of each inline one.
 * A block with another type (JSON-LD and other data) is not a script.
 * @param {string} html
 * @returns {{ src: string[], inline: string[] }}
 */
export function pageScripts(html) {
  /** @type {{ src: string[], inline: string[] }} */
  const scripts = { src: [], inline: [] };
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attrs.match(/\btype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
    if (type && !runnableTypes.includes(type)) continue;
    const src = attrs.match(/\ssrc\s*=\s*["']?([^"'\s>]+)/i)?.[1];
    if (src) scripts.src.push(src);
    else scripts.inline.push(body);
  }
  return scripts;
}

/**
 * The text of every inline <style> block.
 * @param {string} html
 * @returns {string[]}
 */
export const inlineStyles = (html) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');

/**
 * Static and dynamic import specifiers of built JS (`.js` paths; the bundler quotes dynamic ones with backticks).
 * @param {string} code
 * @returns {string[]}
 */
export const importSpecifiers = (code) => [...code.matchAll(/(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1] ?? '');
