/**
 * Checks, while MDX compiles, what the prose says about its sources, and fails
 * the build naming the file and line:
 *
 * - every <Src at="s3 c-…"> names sentences of the English item or context
 *   passages that exist (their anchors on /source/);
 * - a quotation (text in "…" or “…”) occurs word for word in a sentence of the English
 *   item, or in this site's translation of a context passage, cited by a <Src> marker in
 *   the same paragraph or list item: that marker is how a quote names its source. Case,
 *   the style of quotation marks and whitespace aside; "…" marks an omission. A summary
 *   (the site's own account of a report) is never quoted. Words mentioned rather than
 *   quoted go in italics;
 * - a <Zh> phrase occurs word for word in the context notes (where all the site's
 *   Chinese comes from);
 * - inside a <Context> box a marker may cite only sources the box names; outside
 *   one, a marker citing context is marked `context` so it names its source inline.
 *
 * In an edition in Chinese (content/zh/), a quotation in Chinese must be word for word the Chinese
 * wording of what its markers cite (a passage's runs, or the Chinese report's wording of a cited
 * sentence), widths of punctuation aside; a quotation in English is checked as above. This site's own
 * translation of the English item (<Translated>) needs a marker citing a sentence of the item in its
 * paragraph, and an English run (<En>) must be the English item's words or a glossary term's.
 */
import { visit } from 'unist-util-visit';
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { foldPunctuation } from '../../data/sourceText';
import { isJsxElement, literalAttribute, whereIs, type JsxElement } from './jsx';

/** A node's children, for the node types that have them. */
const childrenOf = (node: Nodes): Nodes[] => ('children' in node ? (node.children as Nodes[]) : []);

interface StatementOptions {
  /** Anchor → what it says and whose it is. */
  citable: ReadonlyMap<string, { kind: 'sentence' | 'passage' | 'summary'; text: string; sourceId: string }>;
  /** Source ids that are context (not the English item). */
  contextSources: ReadonlySet<string>;
  /** The context notes, where every Chinese phrase must occur. */
  contextNotes: string;
  /** Anchor → the Chinese wording known for it: a passage's runs; for a sentence, its Chinese report's wording. */
  chineseOf: ReadonlyMap<string, readonly string[]>;
  /** English words a Chinese edition may set as English (<En>): the glossary's terms and the sources' names (the item's sentences always). */
  englishTerms: readonly string[];
}

/** Is this file an edition in Chinese? Its sections live in content/zh/ (content.config.ts). */
const isChinese = (file: VFile): boolean => /(^|\/)content\/zh\//.test(file.path.replace(/\\/g, '/'));
const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

/** Quote marks of every style become one; whitespace folds; case is ignored. */
const foldQuote = (text: string): string =>
  text
    .replace(/[“”"‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Does the quotation occur in `text`? Parts around "…" must occur in order. */
export function quoteOccurs(quote: string, text: string): boolean {
  const haystack = foldQuote(text);
  let from = 0;
  for (const part of quote.split('…').map((p) => foldQuote(p).replace(/^[\s.,;:]+|[\s.,;:]+$/g, ''))) {
    if (!part) continue;
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** Whitespace and the form of punctuation aside, as the data module compares Chinese (a line break between characters is no space). */
const foldZh = (text: string) => foldPunctuation(text).replace(/\s+/g, '');

/** The plain text a reader sees in a paragraph, with figures as a placeholder, and its markers and Chinese. */
interface Read {
  text: string;
  markers: JsxElement[];
  zh: JsxElement[];
  /** <En> and <Translated> elements, checked in a Chinese edition. */
  other: JsxElement[];
}

function read(node: Nodes, out: Read): void {
  if (node.type === 'text' || node.type === 'inlineCode') out.text += node.value;
  else if (isJsxElement(node)) {
    if (node.name === 'Src') out.markers.push(node);
    else if (node.name === 'Zh') out.zh.push(node);
    else if (node.name === 'En' || node.name === 'Translated') {
      out.other.push(node);
      childrenOf(node).forEach((c) => read(c, out));
    }
    else if (node.name === 'Fig' || node.name === 'When' || node.name === 'Period') out.text += '⟨figure⟩';
    else childrenOf(node).forEach((c) => read(c, out));
    if (node.name === 'Src' || node.name === 'Zh') out.text += ' ';
  } else childrenOf(node).forEach((c) => read(c, out));
}

/** The text inside an element (a <Zh>'s Chinese). */
const plain = (node: Nodes): string => {
  const out: Read = { text: '', markers: [], zh: [], other: [] };
  childrenOf(node).forEach((c) => read(c, out));
  return out.text;
};

/** The source ids a <Context sources={["chinaTrial", …]}> box names. */
function boxSources(box: JsxElement): Set<string> {
  const value = box.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'sources')?.value;
  const expression = typeof value === 'object' && value !== null ? value.value : String(value ?? '');
  return new Set([...expression.matchAll(/["']([A-Za-z0-9]+)["']/g)].map((m) => m[1]!));
}

type Fail = (node: Nodes, message: string) => never;
type Cited = { kind: string; text: string; sourceId: string };
/** What one paragraph holds and cites, as the checks below read it. */
interface Paragraph {
  block: Nodes;
  out: Read;
  cited: Cited[];
  citedIds: string[];
}

/** The paragraph's markers: each names anchors that exist, within its <Context> box's sources; outside a box, context is named inline. */
function readMarkers(block: Nodes, box: ReadonlySet<string> | undefined, options: StatementOptions, fail: Fail): Paragraph {
  const { citable, contextSources } = options;
  const out: Read = { text: '', markers: [], zh: [], other: [] };
  childrenOf(block).forEach((c) => read(c, out));
  const paragraph: Paragraph = { block, out, cited: [], citedIds: [] };
  for (const marker of out.markers) {
    const at = literalAttribute(marker, 'at');
    if (at === undefined || !at.trim()) return fail(marker, '<Src> needs a literal at="…" naming sentences (s1, s2 …) or passages (c-…)');
    const ids = at.trim().split(/\s+/);
    for (const id of ids) {
      const c = citable.get(id) ?? fail(marker, `<Src at="${at}">: no sentence or passage "${id}" (see /source/ for the anchors)`);
      paragraph.cited.push(c);
      paragraph.citedIds.push(id);
      if (box && contextSources.has(c.sourceId) && !box.has(c.sourceId)) {
        fail(marker, `<Src at="${at}"> cites "${id}" from source "${c.sourceId}", which its <Context> box does not name`);
      }
    }
    // Outside a context box, a marker citing context names that source beside the claim.
    const context = !box && ids.some((id) => contextSources.has(citable.get(id)!.sourceId));
    if (context) marker.attributes.push({ type: 'mdxJsxAttribute', name: 'context', value: 'inline' });
  }
  return paragraph;
}

/** Every quotation is word for word what its markers cite: in Chinese (a Chinese edition) the report's wording, else the English. */
function checkQuotations({ block, out, cited, citedIds }: Paragraph, chinese: boolean, chineseOf: StatementOptions['chineseOf'], fail: Fail): void {
  const markers = () => out.markers.map((m) => `<Src at="${literalAttribute(m, 'at')}">`).join(', ');
  for (const [, a, b] of out.text.matchAll(/“([^”]*)”|"([^"]*)"/g)) {
    const quote = (a ?? b)!;
    if (quote.includes('⟨figure⟩')) fail(block, `the quotation “${quote}” contains a figure: quote the words around it`);
    if (cited.length === 0) fail(block, `the quotation “${quote}” has no <Src> marker in its paragraph to say where it is from`);
    if (chinese && hasHan(quote)) {
      const wording = citedIds.flatMap((id) => chineseOf.get(id) ?? []).map(foldZh);
      if (!wording.some((w) => w.includes(foldZh(quote)))) {
        fail(block, `the quotation “${quote}” is not word for word the Chinese wording of the cited ${markers()}: quote the report's wording, or give this site's translation in <Translated>`);
      }
      continue;
    }
    const quotable = cited.filter((c) => c.kind !== 'summary');
    if (!quotable.some((c) => quoteOccurs(quote, c.text))) {
      const summary = cited.some((c) => quoteOccurs(quote, c.text)) ? ': it is in a summary, which is this site’s own account, not a source’s words' : '';
      fail(block, `the quotation “${quote}” is not word for word in the cited ${markers()}${summary}`);
    }
  }
}

/** A run in the other language: <Zh> is in the context notes; <En> is the item's words or a known name; <Translated> cites its sentence. */
function checkRuns({ out, citedIds }: Paragraph, known: { notes: string; itemSentences: readonly string[]; englishTerms: readonly string[] }, fail: Fail): void {
  for (const element of out.other) {
    const text = plain(element);
    if (element.name === 'Translated' && !citedIds.some((id) => /^s\d+$/.test(id))) {
      fail(element, `<Translated>${text}</Translated> needs a <Src at="s…"> in its paragraph naming the English item's sentence it translates`);
    }
    if (element.name === 'En' && !known.itemSentences.some((s) => quoteOccurs(text, s)) && !known.englishTerms.some((t) => foldQuote(t) === foldQuote(text))) {
      fail(element, `<En>${text}</En> is neither the English item's words nor a glossary term`);
    }
  }
  for (const zh of out.zh) {
    const text = plain(zh);
    if (!text.trim() || !known.notes.includes(foldZh(text))) fail(zh, `<Zh>${text}</Zh> is not word for word in the context notes`);
  }
}

export function remarkStatements(options: StatementOptions) {
  const known = {
    notes: foldZh(options.contextNotes),
    itemSentences: [...options.citable.values()].filter((c) => c.kind === 'sentence').map((c) => c.text),
    englishTerms: options.englishTerms,
  };
  return (tree: Root, file: VFile) => {
    const chinese = isChinese(file);
    const fail: Fail = (node, message) => {
      throw new Error(`${whereIs(file, node)}: ${message}`);
    };
    const walk = (node: Nodes, box: ReadonlySet<string> | undefined) => {
      if (isJsxElement(node) && node.name === 'Context') box = boxSources(node);
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        const paragraph = readMarkers(node, box, options, fail);
        checkQuotations(paragraph, chinese, options.chineseOf, fail);
        checkRuns(paragraph, known, fail);
      } else childrenOf(node).forEach((c) => walk(c, box));
    };
    walk(tree, undefined);
    // A marker outside any paragraph (a bare <Src /> line) is still checked.
    visit(tree, (node) => {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Src') fail(node, '<Src> must sit in a paragraph or list item, right after its claim');
    });
  };
}
