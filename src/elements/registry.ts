/**
 * Every custom element of the site's chrome, components and charts, defined by the one script that
 * every page loads (BaseLayout): a single file of about 5 KB gzip, cached once for all pages, where ten
 * separate scripts cost a request and a gzip dictionary each. Each module sits beside the markup it
 * enhances and finds its parts inside its own element. /data/'s table sorting is that page's own script.
 */
import '../chrome/theme-toggle'; // <theme-toggle>
import '../chrome/reading-progress'; // <reading-progress>
import '../chrome/page-contents'; // <page-contents>
import '../chrome/print-button'; // <print-button>
import '../chrome/share-link'; // <share-link>
import '../chrome/ref-panels'; // <ref-panels>
import '../mdx/components/cite-copy'; // <cite-copy>
import '../charts/shared/enhance'; // <chart-figure>
import '../charts/case-path/enhance'; // <case-path-chart>
