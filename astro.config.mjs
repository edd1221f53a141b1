// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins } from './src/mdx/plugins/index.ts';
import { dataset, sources } from './src/data/index.ts';
import { charts } from './src/charts/index.ts';
import { sourceTexts } from './src/data/sourceText.ts';
import { securePages } from './src/integrations/pageSecurity.ts';
import { hostConfig } from './src/integrations/hosting.ts';

export default defineConfig({
  // The public base URL; every absolute URL is built from it. Override with SITE_URL.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  // The unified (remark) processor, not Astro 7's default Satteri: the build-time checks on the MDX
  // (figure, term and date references, figure notes) are remark plugins, which Satteri does not run.
  markdown: {
    processor: unified({
      // The checks of the prose (src/mdx/plugins): ids, notes, statements and quotations.
      remarkPlugins: remarkPlugins({ dataset, sources, chartIds: charts.map((c) => c.id), contextNotes: sourceTexts['context-notes'] }),
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
