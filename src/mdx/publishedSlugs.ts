/**
 * Section slugs are public URLs. content/published-slugs.json records every slug ever
 * published and, for a renamed section, the slug its old URL now redirects to. The
 * build fails when a recorded slug would stop resolving, so a rename cannot break a link.
 */
import { z } from 'astro/zod';
import { parseOptions } from '../data/schema';
import { localePath, locales } from '../lib/locale';

export const publishedSlugsFile = 'content/published-slugs.json';

/** A section's slug: its address and its anchors on /, so lower-case words joined by hyphens, starting with a letter. */
export const slugSchema = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, starting with a letter');

const publishedSlugsSchema = z
  .object({
    /** Every section slug that has been public, in any order. */
    slugs: z.array(slugSchema),
    /** Old slug → the current slug of the same section. */
    redirects: z.record(slugSchema, slugSchema),
  })
  .strict();

type PublishedSlugs = z.output<typeof publishedSlugsSchema>;

/** The file's contents, validated; a bad entry throws naming the file and the field. */
export function parsePublishedSlugs(raw: unknown): PublishedSlugs {
  const result = publishedSlugsSchema.safeParse(raw, parseOptions);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((i) => `${publishedSlugsFile}: field "${i.path.join('.')}": ${i.message}`).join('\n'));
}

/** The URL path of a section page; one definition for the pages, the redirect pages and the host configuration. */
export const slugPath = (slug: string): string => `/sections/${slug}/`;

/** Every renamed section's old URL path and the path it now lives at, in every edition (they share slugs). */
export const redirectPaths = (published: PublishedSlugs): { from: string; to: string }[] =>
  locales.flatMap((locale) => Object.entries(published.redirects).map(([from, to]) => ({ from: localePath(locale, slugPath(from)), to: localePath(locale, slugPath(to)) })));

const has = (map: Record<string, string>, key: string): boolean => Object.hasOwn(map, key);

/** What would break a published link, one message per problem; empty when every recorded slug resolves. */
export function slugProblems(published: PublishedSlugs, sectionSlugs: readonly string[]): string[] {
  const current = new Set(sectionSlugs);
  const { redirects } = published;
  const problems: string[] = [];
  for (const recorded of published.slugs) {
    if (!current.has(recorded) && !has(redirects, recorded)) {
      problems.push(
        `published slug "${recorded}" has no section and no redirect: give a section the slug "${recorded}" again, or add "${recorded}": "<new slug>" to "redirects"`,
      );
    }
  }
  for (const [from, to] of Object.entries(redirects)) {
    if (current.has(from)) problems.push(`redirect "${from}": a section still has the slug "${from}"; remove the redirect`);
    if (!current.has(to)) {
      // A chain (a → b → c) is one hop too many for a meta refresh; say where to point instead.
      const hint = has(redirects, to) ? ` ("${to}" itself redirects to "${redirects[to]}": point "${from}" there)` : '';
      problems.push(`redirect "${from}" → "${to}": no section has the slug "${to}"${hint}`);
    }
  }
  return problems.map((p) => `${publishedSlugsFile}: ${p}`);
}

/** Throws with every problem at once, so one failed build lists all of them. */
export function assertSlugsResolve(published: PublishedSlugs, sectionSlugs: readonly string[]): void {
  const problems = slugProblems(published, sectionSlugs);
  if (problems.length) throw new Error(problems.join('\n'));
}
