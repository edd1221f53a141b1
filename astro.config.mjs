// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkKnownIds } from './src/mdx/plugins/remarkKnownIds.ts';
import { remarkSourceNotes } from './src/mdx/plugins/remarkSourceNotes.ts';
import { remarkStatements } from './src/mdx/plugins/remarkStatements.ts';
import { dataset, glossary, sources } from './src/data/index.ts';
import { charts } from './src/charts/index.ts';
import { occursVerbatim, sourceTexts } from './src/data/sourceText.ts';
import { securePages } from './src/integrations/pageSecurity.ts';
import { hostConfig } from './src/integrations/hosting.ts';

// One note per source sentence: a figure is quoted from its sentence (or passage) and from the
// passage holding its Chinese wording.
const figureNoteOptions = {
  figureAnchors: new Map(
    dataset.figures.map((f) => {
      if (f.kind === 'derived' || !f.sourceAnchor) return [f.id, []];
      const zh = f.sentenceZh?.text;
      const zhPassages = zh ? [...dataset.citable.values()].filter((c) => c.id !== f.sourceAnchor && c.zh.some((run) => occursVerbatim(zh, run))).map((c) => c.id) : [];
      return [f.id, [f.sourceAnchor, ...zhPassages]];
    }),
  ),
  // An English sentence and its Chinese passages; sentences the source repeats word for word are quoted once.
  linked: new Map(
    [...dataset.citable.values()].map((c) => [
      c.id,
      [...c.chinese, ...[...dataset.citable.values()].filter((o) => o.id !== c.id && o.text === c.text).map((o) => o.id)],
    ]),
  ),
};

export default defineConfig({
  // The public base URL; every absolute URL is built from it. Override with SITE_URL.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  // The unified (remark) processor, not Astro 7's default Satteri: the build-time checks on the MDX
  // (figure, term and date references, figure notes) are remark plugins, which Satteri does not run.
  markdown: {
    processor: unified({
      remarkPlugins: [
        [remarkSourceNotes, figureNoteOptions],
        [
          remarkKnownIds,
          {
            references: {
              Fig: new Set(dataset.byId.keys()),
              When: new Set(dataset.events.map((e) => e.id)),
              Term: new Set(glossary.map((e) => e.id)),
              Chart: new Set(charts.map((c) => c.id)),
            },
          },
        ],
        [
          remarkStatements,
          {
            citable: dataset.citable,
            contextSources: new Set(sources.filter((s) => s.role === 'context').map((s) => s.id)),
            contextNotes: sourceTexts['context-notes'],
          },
        ],
      ],
    }),
  },
  integrations: [
    mdx(),
    // Last, so it sees every page as written: each gets its own policy (src/integrations/pageSecurity.ts).
    securePages(),
    // After it: host headers carry the policies it wrote, then every text file gets .gz and .br copies.
    hostConfig(),
  ],
  // Astro 5's HTML-aware whitespace collapsing, not Astro 7's default JSX rules, which drop the
  // spaces between inline elements written on separate lines ("Theme: System" would read "Theme:System").
  compressHTML: true,
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
