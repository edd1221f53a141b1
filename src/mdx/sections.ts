import { getCollection, render, type CollectionEntry } from 'astro:content';
import { slugPath } from './publishedSlugs';
import type { SourceNoteEntry } from './plugins/remarkSourceNotes';
import { numberFigures } from './figureNumbers';
import { charts } from '../charts/index';

export type Section = CollectionEntry<'sections'>;

/**
 * The sections in reading order. Throws, naming both files, when two sections
 * share a slug or an order, since either would silently hide a section.
 */
export async function getSections(): Promise<Section[]> {
  const sections = (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);
  for (const field of ['slug', 'order'] as const) {
    const seen = new Map<string | number, Section>();
    for (const section of sections) {
      const other = seen.get(section.data[field]);
      if (other) {
        throw new Error(
          `content/sections/${section.id}.mdx: field "${field}": "${section.data[field]}" is also used by content/sections/${other.id}.mdx`,
        );
      }
      seen.set(section.data[field], section);
    }
  }
  return sections;
}

export function sectionPath(section: Section): string {
  return slugPath(section.data.slug);
}

/**
 * A section rendered, with what the remark plugins left in its frontmatter: its notes in order
 * (remarkSourceNotes) and the ids its prose names with each component (remarkKnownIds). Astro's
 * render() is cached per entry, so asking again costs nothing.
 */
export async function renderSection(section: Section) {
  const { Content, remarkPluginFrontmatter } = await render(section);
  return {
    Content,
    notes: (remarkPluginFrontmatter.figureNotes ?? []) as SourceNoteEntry[],
    references: (remarkPluginFrontmatter.references ?? {}) as Partial<Record<string, string[]>>,
  };
}

/** The ids each section's prose names with <component id>, in order of first use. */
async function referencesIn(sections: readonly Section[], component: 'Term' | 'Chart'): Promise<string[][]> {
  return Promise.all(sections.map(async (section) => (await renderSection(section)).references[component] ?? []));
}

/** The glossary terms the sections' prose marks with <Term>, each once. */
export async function termsUsed(sections: readonly Section[]): Promise<string[]> {
  return [...new Set((await referencesIn(sections, 'Term')).flat())];
}

let numbers: Promise<Map<string, number>> | undefined;

/** Every chart's figure number, worked out once per build from where the sections place it (numberFigures). */
export const figureNumbers = (): Promise<Map<string, number>> =>
  (numbers ??= getSections().then(async (sections) => numberFigures(await referencesIn(sections, 'Chart'), charts.map((c) => c.id))));
