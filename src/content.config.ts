import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { dataset } from './data/index';
import { fillFigures } from './data/template';
import { ui } from './i18n/ui';
import { sectionsFolder, type Locale } from './lib/locale';
import { slugSchema } from './mdx/publishedSlugs';

/** One MDX file per section of the explainer, in its edition's folder; every edition has the same files and slugs. */
function sectionsOf(locale: Locale) {
  /** A section page's <title> is "shortTitle · site title", and html-validate's long-title allows 70 characters. */
  const shortTitleMax = 70 - ` · ${ui[locale].siteTitle}`.length;
  // Chinese says in about 40 characters what English says in 100, so the description's bounds are the edition's.
  const [minDescription, maxDescription] = locale === 'en' ? [50, 200] : [30, 120];
  return defineCollection({
    // Ids come from file names, so two files claiming one slug are both seen (and rejected).
    loader: glob({
      pattern: '**/*.mdx',
      base: `./${sectionsFolder(locale)}`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: z
      .object({
        /** The section heading. */
        title: z.string().trim().min(3),
        /** A shorter title for the table of contents, previous/next links and the page's <title>. */
        shortTitle: z.string().trim().min(3).max(shortTitleMax, `must be at most ${shortTitleMax} characters, so the page's <title> with the site name stays within 70`),
        /** The public URL segment and anchor id: never changes once published. */
        slug: slugSchema,
        /** Position in the explainer, 1 first. */
        order: z.number().int().positive(),
        /** Meta description of the section page: one or two sentences; `{figureId}` renders a figure. */
        description: z
          .string()
          .trim()
          .transform((template, ctx) => {
            const { text, unknownIds } = fillFigures(template, dataset.byId, locale);
            for (const id of unknownIds) ctx.addIssue({ code: 'custom', message: `unknown figure id "${id}"` });
            return text;
          })
          .pipe(z.string().min(minDescription).max(maxDescription)),
        /** The figure that sums the section up (share cards, summaries). */
        keyFigure: z
          .string()
          .refine((id) => dataset.byId.has(id), { error: (issue) => `unknown figure id "${String(issue.input)}"` })
          .optional(),
      })
      .strict(),
  });
}

export const collections = { sections: sectionsOf('en'), sectionsZh: sectionsOf('zh') };
