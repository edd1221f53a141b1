/**
 * Every custom element of the site's chrome, components and charts, defined by the one script that
 * every page loads (BaseLayout): a single file of about 5 KB gzip, cached once for all pages, where ten
 * separate scripts cost a request and a gzip dictionary each. Each module sits beside the markup it
 * enhances and finds its parts inside its own element. /data/'s table sorting is that page's own script.
 * It also turns smooth scrolling on once the reader acts.
 */
import '../chrome/theme-toggle'; // <theme-toggle>
import '../chrome/reading-progress'; // <reading-progress>
import '../chrome/page-contents'; // <page-contents>
import '../chrome/print-button'; // <print-button>
import '../chrome/share-link'; // <share-link>
import '../chrome/edition-link'; // <edition-link>
import '../chrome/ref-panels'; // <ref-panels>
import '../mdx/components/cite-copy'; // <cite-copy>
import '../charts/common/chart-figure'; // <chart-figure>
import '../charts/case-path/case-path-chart'; // <case-path-chart>

// Smooth scrolling (src/styles/base.css) from the reader's first press of a key, button or finger on: the page's own
// scroll to a #fragment, which Chromium makes after the load event, stays a jump.
const moves = ['keydown', 'pointerdown'];
const glide = () => {
  document.documentElement.dataset.scroll = 'smooth';
  for (const type of moves) removeEventListener(type, glide, true);
};
for (const type of moves) addEventListener(type, glide, true);
