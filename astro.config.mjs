// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { remarkFigureRefs } from './src/mdx/remarkFigureRefs.ts';
import { remarkFigureNotes } from './src/mdx/remarkFigureNotes.ts';
import { remarkStatements } from './src/mdx/remarkStatements.ts';
import { dataset, glossary, sources } from './src/data/index.ts';
import { sourceTexts } from './src/data/sourceText.ts';
import { securePages } from './src/lib/pageSecurity.ts';

export default defineConfig({
  // The public base URL; every absolute URL is built from it. Override with SITE_URL.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  integrations: [
    mdx({
      remarkPlugins: [
        remarkFigureNotes,
        [
          remarkFigureRefs,
          {
            references: {
              Fig: new Set(dataset.byId.keys()),
              When: new Set(dataset.events.map((e) => e.id)),
              Term: new Set(glossary.map((e) => e.id)),
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
    // Last, so it sees every page as written: each gets its own policy (src/lib/pageSecurity.ts).
    securePages(),
  ],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
