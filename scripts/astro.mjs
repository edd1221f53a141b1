/**
 * `npm run dev|build|preview|check`: the Astro CLI with its telemetry off on every platform
 * (a `VAR=1 command` prefix in package.json is not valid in Windows' cmd). It runs Astro's own
 * entry point in this process, so arguments after `--` reach Astro unchanged.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const astroRoot = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
await import(pathToFileURL(join(astroRoot, 'bin', 'astro.mjs')).href);
