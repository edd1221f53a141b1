/**
 * Parity of the editions: every section of the English edition has its counterpart in each other edition, at the
 * same slug and place, naming the same figures, terms, dates and charts (charts in the same order, so they keep their
 * numbers) and citing the same sentences and passages. A section may phrase things its own way; it may not drop or
 * add a claim without the build saying so. Pure: sections.ts gathers what each section names.
 */

/** What one section names, as its remark plugins recorded it. */
export interface SectionFacts {
  /** The file, for messages: content/zh/sections/in-numbers.mdx. */
  file: string;
  slug: string;
  order: number;
  /** Ids by component (Fig, Term, When, Chart), in order of first use. */
  references: Partial<Record<string, readonly string[]>>;
  /** Every sentence and passage its notes quote. */
  anchors: readonly string[];
}

const listed = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/** The problems of one edition against English, one message per difference, each naming both files. */
export function parityProblems(english: readonly SectionFacts[], edition: readonly SectionFacts[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map(edition.map((s) => [s.slug, s]));
  for (const en of english) {
    const other = bySlug.get(en.slug);
    if (!other) {
      problems.push(`${en.file}: slug "${en.slug}" has no counterpart in the edition (${edition[0]?.file.replace(/[^/]+$/, '') ?? 'its folder'})`);
      continue;
    }
    bySlug.delete(en.slug);
    const where = `${other.file} (against ${en.file})`;
    if (other.order !== en.order) problems.push(`${where}: field "order": ${other.order}, where English has ${en.order}`);
    for (const component of ['Fig', 'Term', 'When', 'Chart']) {
      const mine = other.references[component] ?? [];
      const theirs = en.references[component] ?? [];
      const missing = theirs.filter((id) => !mine.includes(id));
      const added = mine.filter((id) => !theirs.includes(id));
      if (missing.length) problems.push(`${where}: no <${component} id> for ${listed(missing)}`);
      if (added.length) problems.push(`${where}: <${component} id> for ${listed(added)}, which English does not name`);
      if (component === 'Chart' && !missing.length && !added.length && mine.join() !== theirs.join()) {
        problems.push(`${where}: charts in another order (${listed(mine)}), where English has ${listed(theirs)}: a chart keeps its number`);
      }
    }
    const missing = en.anchors.filter((a) => !other.anchors.includes(a));
    const added = other.anchors.filter((a) => !en.anchors.includes(a));
    if (missing.length) problems.push(`${where}: cites no ${listed(missing)}: a claim of the English section is missing`);
    if (added.length) problems.push(`${where}: cites ${listed(added)}, which English does not: a claim the English section does not make`);
  }
  for (const other of bySlug.values()) problems.push(`${other.file}: slug "${other.slug}" has no English section`);
  return problems;
}
