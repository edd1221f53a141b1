/**
 * Numbers the notes of a section in order of first use, one note per source sentence:
 * each <Fig id> and each statement marker <Src at> gets `note` (its number) and `noteId`
 * (the anchor of its note) attributes, and the ordered notes go to the entry's frontmatter
 * (`figureNotes`), so the notes list and the prose agree.
 *
 * A note quotes its sentences and passages (anchors on /source/) once and lists the figures
 * they give. Sentences a statement cites together, a figure's sentence and the passage that
 * holds its Chinese wording, and an English sentence and its Chinese passages (`linked`) share
 * one note, so no sentence is quoted twice in a section. A figure without a sentence (derived)
 * has a note of its own.
 */
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { frontmatterOf, isJsxElement, literalAttribute, type JsxElement } from './jsx';

/** One note: the anchors it quotes (English sentences in source order, then passages) and the figures it lists, in order of first use. */
export interface SourceNoteEntry {
  anchors: string[];
  figures: string[];
}

export interface SourceNoteOptions {
  /** Figure id → the anchors its sentence and its Chinese wording are quoted from; none (or absent) for a derived figure. */
  figureAnchors?: ReadonlyMap<string, readonly string[]>;
  /** Anchor → anchors always quoted with it (an English sentence's Chinese passages). */
  linked?: ReadonlyMap<string, readonly string[]>;
}

/** The anchor of a section's note `number`: prefixed with the slug, since / shows every section's notes. */
export const noteId = (slug: string, number: number): string => `${slug}-note-${number}`;

/** English sentences (`s12`) in source order, then passages in the order first met. */
const anchorOrder = (anchors: string[]): string[] => {
  const sentence = (a: string) => (/^s\d+$/.test(a) ? Number(a.slice(1)) : Infinity);
  return anchors.map((a, i) => [a, i] as const).sort(([a, i], [b, j]) => sentence(a) - sentence(b) || i - j).map(([a]) => a);
};

export function remarkSourceNotes({ figureAnchors = new Map(), linked = new Map() }: SourceNoteOptions = {}) {
  return (tree: Root, file: VFile) => {
    const frontmatter = frontmatterOf(file);
    // The slug, not the file name: a renamed section keeps its file (see "How to rename a section" in docs/contributing.md).
    const slug = frontmatter.slug;

    // First pass: every marker and the anchors it rests on.
    const markers: { element: JsxElement; figure?: string; anchors: string[] }[] = [];
    visit(tree, (node) => {
      if (!isJsxElement(node)) return;
      const element = node;
      if (element.name !== 'Fig' && element.name !== 'Src') return;
      const value = literalAttribute(element, element.name === 'Fig' ? 'id' : 'at');
      if (value === undefined) return;
      if (typeof slug !== 'string') throw new Error(`${file.path}: a section with <${element.name}> needs a slug in its frontmatter`);
      if (element.name === 'Fig') markers.push({ element, figure: value, anchors: [...(figureAnchors.get(value) ?? [])] });
      else markers.push({ element, anchors: value.trim().split(/\s+/) });
    });

    // Anchors quoted together join one group (union-find over the anchors in this section).
    const parent = new Map<string, string>();
    const find = (a: string): string => {
      if (!parent.has(a)) parent.set(a, a);
      const p = parent.get(a)!;
      if (p === a) return a;
      const root = find(p);
      parent.set(a, root);
      return root;
    };
    const join = (a: string, b: string) => parent.set(find(b), find(a));
    for (const { anchors } of markers) {
      for (const a of anchors) for (const l of linked.get(a) ?? []) join(a, l);
      for (const a of anchors.slice(1)) join(anchors[0]!, a);
    }

    // Second pass: number the groups in order of first use.
    const notes: SourceNoteEntry[] = [];
    const numberOf = new Map<string, number>();
    for (const { element, figure, anchors } of markers) {
      const key = anchors.length > 0 ? `@${find(anchors[0]!)}` : `#${figure}`;
      if (!numberOf.has(key)) {
        notes.push({ anchors: [], figures: [] });
        numberOf.set(key, notes.length);
      }
      const number = numberOf.get(key)!;
      const note = notes[number - 1]!;
      for (const a of [...anchors, ...anchors.flatMap((a) => linked.get(a) ?? [])]) if (!note.anchors.includes(a)) note.anchors.push(a);
      if (figure && !note.figures.includes(figure)) note.figures.push(figure);
      element.attributes.push(
        { type: 'mdxJsxAttribute', name: 'note', value: String(number) },
        { type: 'mdxJsxAttribute', name: 'noteId', value: noteId(slug as string, number) },
      );
    }
    // A group joined late (by a marker citing two sentences) gathers every anchor of it.
    for (const [a] of parent) {
      const note = notes[numberOf.get(`@${find(a)}`)! - 1]!;
      if (!note.anchors.includes(a)) note.anchors.push(a);
    }
    for (const note of notes) note.anchors = anchorOrder(note.anchors);
    frontmatter.figureNotes = notes;
  };
}
