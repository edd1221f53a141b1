import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { dataset } from './data/index';
import { fillFigures } from './data/template';
import { site } from './lib/site';
import { slugSchema } from './mdx/publishedSlugs';

/** A section page's <title> is "shortTitle · site title", and html-validate's long-title allows 70 characters. */
const shortTitleMax = 70 - ` · ${site.title}`.length;

/** One MDX file per section of the explainer, in content/sections/. */
const sections = defineCollection({
  // Ids come from file names, so two files claiming one slug are both seen (and rejected).
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/sections',
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
          const { text, unknownIds } = fillFigures(template, dataset.byId);
          for (const id of unknownIds) ctx.addIssue({ code: 'custom', message: `unknown figure id "${id}"` });
          return text;
        })
        .pipe(z.string().min(50).max(200)),
      /** The figure that sums the section up (share cards, summaries). */
      keyFigure: z
        .string()
        .refine((id) => dataset.byId.has(id), { error: (issue) => `unknown figure id "${String(issue.input)}"` })
        .optional(),
    })
    .strict(),
});

export const collections = { sections };
