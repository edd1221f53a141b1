/** /zh/share/<section slug>.png: each Chinese section's share card, drawn at build time with the Noto Sans SC subset. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSections, type Section } from '../../../mdx/sections';
import { sectionShareCard } from '../../../share/shareMeta';
import { shareCardResponse } from '../../../share/sharePng';

export const getStaticPaths = (async () =>
  (await getSections('zh')).map((section) => ({ params: { slug: section.data.slug }, props: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = ({ props }) => shareCardResponse(sectionShareCard(props.section));
