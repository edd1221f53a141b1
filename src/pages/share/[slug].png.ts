/** /share/<section slug>.png: each section's share card (title and key figure), drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSections, type Section } from '../../mdx/sections';
import { sectionShareCard } from '../../share/shareMeta';
import { shareCardResponse } from '../../share/sharePng';

export const getStaticPaths = (async () =>
  (await getSections()).map((section) => ({ params: { slug: section.data.slug }, props: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = ({ props }) => shareCardResponse(sectionShareCard(props.section));
