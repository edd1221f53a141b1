import { getCollection, render, type CollectionEntry } from 'astro:content';
import recorded from '../../content/published-slugs.json';
import { assertSlugsResolve, parsePublishedSlugs, slugPath } from './publishedSlugs';
import type { SourceNoteEntry } from './plugins/remarkSourceNotes';
import { numberFigures } from './figureNumbers';
import { parityProblems, type SectionFacts } from './parity';
import { charts } from '../charts/index';
import { defaultLocale, localePath, sectionsFolder, type Locale } from '../lib/locale';

/** Each edition's collection of sections (content.config.ts). */
const collectionOf = { en: 'sections', zh: 'sectionsZh' } as const satisfies Record<Locale, string>;

export type Section = CollectionEntry<(typeof collectionOf)[Locale]>;

/** The edition a section belongs to. */
export const localeOfSection = (section: Section): Locale => (section.collection === 'sectionsZh' ? 'zh' : 'en');

/**
 * An edition's sections in reading order. Throws, naming both files, when two sections
 * share a slug or an order, since either would silently hide a section.
 */
export async function getSections(locale: Locale = 'en'): Promise<Section[]> {
  const folder = sectionsFolder(locale);
  const sections = (await getCollection(collectionOf[locale])).sort((a, b) => a.data.order - b.data.order) as Section[];
  for (const field of ['slug', 'order'] as const) {
    const seen = new Map<string | number, Section>();
    for (const section of sections) {
      const other = seen.get(section.data[field]);
      if (other) {
        throw new Error(
          `${folder}/${section.id}.mdx: field "${field}": "${section.data[field]}" is also used by ${folder}/${other.id}.mdx`,
        );
      }
      seen.set(section.data[field], section);
    }
  }
  return sections;
}

/** A section's own page, in its edition. */
export function sectionPath(section: Section): string {
  return localePath(localeOfSection(section), slugPath(section.data.slug));
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

/** What a section page needs besides its section: its place and its neighbours. */
export type SectionPageProps = {
  section: Section;
  index: number;
  total: number;
  previous?: Section;
  next?: Section;
};

/** A renamed section's old address: its old slug and the section now at the new one. */
export type MovedPageProps = { from: string; section: Section };

/**
 * getStaticPaths of an edition's redirect pages, one per renamed section (content/published-slugs.json). Also the
 * build's check that every published slug still resolves in the edition, so no published address goes away.
 */
export async function movedSectionPaths(locale: Locale): Promise<{ params: { moved: string }; props: MovedPageProps }[]> {
  const sections = await getSections(locale);
  if (locale !== defaultLocale) await assertParity(locale);
  const published = parsePublishedSlugs(recorded);
  assertSlugsResolve(published, sections.map((s) => s.data.slug));
  return Object.entries(published.redirects).map(([from, to]) => ({
    params: { moved: from },
    props: { from, section: sections.find((s) => s.data.slug === to)! },
  }));
}

/** getStaticPaths of an edition's section pages: one per section, at its slug. */
export async function sectionPagePaths(locale: Locale): Promise<{ params: { slug: string }; props: SectionPageProps }[]> {
  const sections = await getSections(locale);
  return sections.map((section, i) => ({
    params: { slug: section.data.slug },
    props: { section, index: i, total: sections.length, previous: sections[i - 1], next: sections[i + 1] },
  }));
}

/** What each of an edition's sections names, for the parity check. */
async function sectionFacts(locale: Locale): Promise<SectionFacts[]> {
  return Promise.all(
    (await getSections(locale)).map(async (section) => {
      const { notes, references } = await renderSection(section);
      return {
        file: `${sectionsFolder(locale)}/${section.id}.mdx`,
        slug: section.data.slug,
        order: section.data.order,
        references: references as SectionFacts['references'],
        anchors: [...new Set(notes.flatMap((n) => n.anchors))],
      };
    }),
  );
}

/** Fails the build, listing every difference, when an edition's sections do not match the English ones claim for claim. */
export async function assertParity(locale: Locale): Promise<void> {
  const problems = parityProblems(await sectionFacts(defaultLocale), await sectionFacts(locale));
  if (problems.length) throw new Error(`The ${locale} edition does not match the English one:\n${problems.join('\n')}`);
}
