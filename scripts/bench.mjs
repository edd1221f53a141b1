/**
 * `npm run bench`: build times, bytes each page loads, first-screen HTML, Lighthouse (mobile) and
 * PDF time, printed as a table and written to bench-results.json. Timings vary from run to run and
 * machine to machine, so they live here; deterministic budgets are tests (tests/site/budgets.test.ts).
 * Plain Node ESM, no build step. The pure parts are in bench-lib.mjs (unit-tested).
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, posix } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  byteKinds,
  firstScreen,
  gzipBytes,
  inlineBlocks,
  kindOf,
  markStartTags,
  median,
  percentAbove,
  rawBytes,
  referencedUrls,
  summarize,
} from './bench-lib.mjs';
import { assertChromium, chromiumArgs, chromiumPath, launchChromium } from './chromium.mjs';
import { editions, printExplainer } from './pdf.mjs';
import { importSpecifiers } from '../src/integrations/pageScripts.mjs';
import { distFile, serveDist } from './serve.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const resultsFile = join(root, 'bench-results.json');
// In each edition: the whole explainer, a chart section, and the glossary (a section page of text only: the reference
// for the whole explainer's LCP).
const pages = ['/', '/sections/in-numbers/', '/sections/glossary/', '/zh/', '/zh/sections/in-numbers/', '/zh/sections/glossary/'];
const builds = 3;
/** Lighthouse is the benchmark's own dependency (scripts/bench/package.json), not part of the site's or the tests' install. */
const benchRequire = createRequire(join(root, 'scripts', 'bench', 'package.json'));
const importBenchDependency = (specifier) => import(pathToFileURL(benchRequire.resolve(specifier)).href);
/** Simulated-throttling scores on a 2-core machine vary run to run (TBT most): take Lighthouse's median run of 3. */
const lighthouseRuns = 3;
/**
 * LCP again with applied ("devtools") throttling, the same phone profile: the page really loads over a throttled
 * network, so the browser paints the first screen as the HTML streams in. Simulated throttling (Lantern) counts a
 * document's whole download before its first paint, so there a long page's LCP follows its total bytes.
 */
const appliedRuns = 5;
/** The page /'s LCP is compared with: a section page of text only. */
const lcpReferences = { '/': '/sections/glossary/', '/zh/': '/zh/sections/glossary/' };
/** Lighthouse's default mobile screen (Moto G Power): the fold for "first screen" is 823 CSS px. */
const mobile = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** The shared Chromium flags, with the new headless mode Lighthouse needs. */
const lighthouseChromeFlags = chromiumArgs.map((flag) => (flag === '--headless' ? '--headless=new' : flag));

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const round1 = (n) => Math.round(n * 10) / 10;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** One `astro build`, timed; throws with the end of astro's output when it fails. */
function build(run) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => reject(new Error(`could not start astro build: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) return resolve(performance.now() - started);
      const tail = output.trim().split('\n').slice(-25).join('\n');
      reject(new Error(`astro build (run ${run} of ${builds}) failed with exit code ${code}:\n${tail}`));
    });
  });
}

/** Every file `/x/` refers to in its HTML, with JS imports followed: to check nothing loads unseen. */
function referencedFiles(html, pagePath) {
  const found = new Set();
  const follow = (url) => {
    if (found.has(url)) return;
    found.add(url);
    const file = url.endsWith('.js') ? distFile(url) : undefined;
    if (file) for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) follow(posix.join(posix.dirname(url), spec));
  };
  for (const url of referencedUrls(html)) {
    if (!/^[a-z]+:/i.test(url)) follow(posix.resolve(posix.dirname(pagePath + 'x'), url));
  }
  for (const block of inlineBlocks(html).filter((b) => b.kind === 'js')) {
    for (const spec of importSpecifiers(block.code)) follow(posix.resolve(pagePath, spec));
  }
  return [...found];
}

/**
 * Loads a page in Chromium at Lighthouse's mobile size and records every response; bytes come from
 * the file in dist/ (raw, and gzip -9 of that file alone). The document is served with each <body>
 * start tag marked with its source offset, so the same load finds the first-screen cut.
 */
async function measurePage(browser, origin, pagePath) {
  const html = readFileSync(distFile(pagePath), 'utf8');
  const context = await browser.newContext(mobile);
  try {
    const page = await context.newPage();
    const url = `${origin}${pagePath}`;
    await page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: markStartTags(html) }),
    );
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(url, { waitUntil: 'networkidle' });

    const files = [];
    for (const response of responses) {
      const { origin: from, pathname } = new URL(response.url());
      const file = from === origin ? distFile(pathname) : undefined;
      // The document's bytes are the real file's, not the marked copy's.
      const body = file ? readFileSync(file) : await response.body().catch(() => Buffer.alloc(0));
      files.push({
        url: from === origin ? pathname : response.url(),
        status: response.status(),
        kind: kindOf(response.request().resourceType(), pathname),
        raw: body.length,
        gzip: gzipBytes(body),
      });
    }
    const inline = inlineBlocks(html).map((b) => ({ kind: b.kind, raw: rawBytes(b.code), gzip: gzipBytes(b.code) }));

    // The first element, in source order, that is rendered and starts at or below the fold.
    const cut = await page.evaluate(() => {
      const fold = window.innerHeight;
      for (const el of document.body.querySelectorAll('[data-bench-offset]')) {
        // Not rendered: display: none, or inside a closed <details> (content-visibility: hidden).
        if (!el.checkVisibility()) continue;
        const top = el.getBoundingClientRect().top + window.scrollY;
        if (top >= fold) {
          const inSection = el.closest('[id]');
          return {
            offset: Number(el.getAttribute('data-bench-offset')),
            element: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>` + (inSection ? ` in #${inSection.id}` : ''),
            top: Math.round(top),
            text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
          };
        }
      }
      return null;
    });

    const loaded = new Set(files.map((f) => f.url));
    const notLoaded = referencedFiles(html, pagePath).filter((u) => !loaded.has(u));
    const thirdParty = files.filter((f) => /^[a-z]+:/i.test(f.url)).map((f) => f.url);
    return {
      bytes: summarize(files, inline),
      files,
      inline,
      firstScreen: { ...firstScreen(html, cut?.offset), element: cut?.element ?? null, top: cut?.top ?? null, text: cut?.text ?? null },
      referencedNotLoaded: notLoaded,
      thirdParty,
    };
  } finally {
    await context.close();
  }
}

/** One Lighthouse run (default config: mobile, simulated throttling unless `settings` say otherwise) in a fresh Chromium. */
async function lighthouseRun(url, settings = {}) {
  const { default: lighthouse } = await importBenchDependency('lighthouse');
  const chromeLauncher = await importBenchDependency('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: lighthouseChromeFlags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', ...settings });
    if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** Lighthouse's own median run (closest to the median FCP and TTI), with every run's headline numbers beside it. */
async function lighthouseMedian(lhrs) {
  const { computeMedianRun } = await importBenchDependency('lighthouse/core/lib/median-run.js');
  const ok = lhrs.filter((lhr) => !lhr.runtimeError);
  const facts = lighthouseFacts(ok.length ? computeMedianRun(ok) : lhrs[0]);
  facts.runs = lhrs.map((lhr) => ({
    performance: lhr.categories.performance?.score == null ? null : Math.round(lhr.categories.performance.score * 100),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
    runtimeError: lhr.runtimeError?.code ?? null,
  }));
  return facts;
}

const localOrigin = /^https?:\/\/127\.0\.0\.1:\d+/;

/** The files an audit's detail table points at (e.g. the script behind a forced reflow), first three. */
function filesNamed(details) {
  const urls = new Set();
  const visit = (items) => {
    for (const item of items ?? []) {
      const url = item?.url ?? item?.source?.url;
      if (typeof url === 'string') urls.add(url.replace(localOrigin, '') || '/');
      if (item?.type === 'table') visit(item.items);
    }
  };
  visit(details?.items);
  return [...urls].slice(0, 3);
}

const hiddenModes = new Set(['notApplicable', 'manual', 'informative']);

/**
 * Scores, the metrics, and every scored audit below 1 per category (the reasons a score is not 100),
 * including those in Lighthouse's "hidden" group (insights, TTI, max potential FID): they say why.
 */
function lighthouseFacts(lhr) {
  const metric = (id) => ({ value: lhr.audits[id]?.numericValue ?? null, display: lhr.audits[id]?.displayValue ?? null });
  const categories = {};
  for (const [id, category] of Object.entries(lhr.categories)) {
    const notFull = [];
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || hiddenModes.has(audit.scoreDisplayMode)) continue;
      if (audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1)) {
        notFull.push({
          id: ref.id,
          title: audit.title,
          score: audit.score,
          weight: ref.weight,
          group: ref.group ?? null,
          displayValue: audit.displayValue ?? audit.errorMessage ?? null,
          where: filesNamed(audit.details),
        });
      }
    }
    categories[id] = { score: category.score === null ? null : Math.round(category.score * 100), notFull };
  }
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    throttlingMethod: lhr.configSettings.throttlingMethod,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    categories,
    metrics: {
      lcpMs: metric('largest-contentful-paint'),
      cls: metric('cumulative-layout-shift'),
      tbtMs: metric('total-blocking-time'),
      fcpMs: metric('first-contentful-paint'),
      speedIndexMs: metric('speed-index'),
    },
    // What blocks the main thread (simulated at 4× CPU slowdown): the reasons behind TBT.
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 5).map((t) => ({
      url: String(t.url).replace(localOrigin, '') || '/',
      durationMs: Math.round(t.duration),
    })),
    runWarnings: lhr.runWarnings ?? [],
    runtimeError: lhr.runtimeError ?? null,
  };
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r, ri) => {
      const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
      return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

function summary(results) {
  const out = [];
  const { build: b, machine } = results;
  out.push(`Benchmark ${results.date}  Node ${results.node}  Chromium ${results.chromium}  Lighthouse ${results.lighthouse}`);
  out.push(`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.platform}  SITE_URL: ${results.siteUrl}`);
  const load = machine.loadAverage;
  const busy = Math.max(load.start, load.end) > machine.cpus;
  out.push(
    `Load average (1 min): ${load.start} at start, ${load.end} at end` +
      (busy ? ` — more than ${machine.cpus} CPUs' worth: other work was running, so timings and Lighthouse performance read low` : ''),
  );
  out.push('');
  out.push(`Build (astro build × ${b.runsMs.length}): median ${seconds(b.medianMs)}  (runs: ${b.runsMs.map(seconds).join(', ')})`);
  for (const [path, p] of Object.entries(results.pages)) {
    out.push('');
    out.push(`Bytes loaded by ${path} (each file gzip -9 on its own; inline CSS/JS are inside the HTML, broken out below it)`);
    const rows = [['kind', 'files', 'raw', 'gzip']];
    for (const kind of byteKinds) {
      const k = p.bytes.byKind[kind];
      rows.push([kind, k.count, kb(k.raw), kb(k.gzip)]);
      if (kind === 'html') {
        rows.push(['  of which inline CSS', p.bytes.inlineCss.count, kb(p.bytes.inlineCss.raw), kb(p.bytes.inlineCss.gzip)]);
        rows.push(['  of which inline JS', p.bytes.inlineJs.count, kb(p.bytes.inlineJs.raw), kb(p.bytes.inlineJs.gzip)]);
      }
    }
    rows.push(['total', p.bytes.total.count, kb(p.bytes.total.raw), kb(p.bytes.total.gzip)]);
    out.push(table(rows));
    const fs = p.firstScreen;
    out.push(
      `First-screen HTML: ${kb(fs.gzip)} gzip (${kb(fs.raw)} raw, ${((100 * fs.raw) / fs.ofRaw).toFixed(1)}% of the document), ` +
        `cut before ${fs.element ?? '(end: the page fits the screen)'}${fs.top !== null ? ` at ${fs.top}px` : ''}`,
    );
    if (p.referencedNotLoaded.length) out.push(`Referenced but not loaded: ${p.referencedNotLoaded.join(', ')}`);
    if (p.thirdParty.length) out.push(`Third-party requests: ${p.thirdParty.join(', ')}`);
    const lh = p.lighthouse;
    if (lh) {
      const c = lh.categories;
      const m = lh.metrics;
      out.push(
        `Lighthouse (mobile, ${lh.throttlingMethod}, median of ${lh.runs.length} runs, benchmarkIndex ${lh.benchmarkIndex}): ` +
          `performance ${c.performance?.score}  ` +
          `accessibility ${c.accessibility?.score}  best-practices ${c['best-practices']?.score}  seo ${c.seo?.score}`,
      );
      const runs = lh.runs.map((r) => (r.runtimeError ? r.runtimeError : `${r.performance} (TBT ${Math.round(r.tbtMs)} ms)`));
      out.push(`  performance of each run: ${runs.join(', ')}`);
      out.push(
        `  LCP ${m.lcpMs.display}  CLS ${m.cls.display}  TBT ${m.tbtMs.display}  (FCP ${m.fcpMs.display}, Speed Index ${m.speedIndexMs.display})`,
      );
      if (p.lcpApplied) {
        out.push(`  LCP with applied throttling: median ${p.lcpApplied.medianMs} ms (runs: ${p.lcpApplied.runsMs.join(', ')} ms)`);
      }
      if (lh.longTasks.length) {
        out.push(`  longest main-thread tasks: ${lh.longTasks.map((t) => `${t.url.replace('/_astro/', '')} ${t.durationMs} ms`).join(', ')}`);
      }
      for (const [id, category] of Object.entries(c)) {
        for (const a of category.notFull) {
          const score = a.score === null ? 'error' : a.score.toFixed(2);
          const hidden = a.group === 'hidden' ? ', hidden' : '';
          out.push(
            `  below 1 in ${id}: ${a.id} (${score}, weight ${a.weight}${hidden}) ${a.title}` +
              (a.displayValue ? ` — ${a.displayValue}` : '') +
              (a.where.length && a.id !== 'uses-long-cache-ttl' && a.id !== 'cache-insight'
                ? ` (${a.where.map((u) => u.replace('/_astro/', '')).join(', ')})`
                : ''),
          );
        }
      }
      if (lh.runtimeError) out.push(`  Lighthouse error: ${lh.runtimeError.code} ${lh.runtimeError.message}`);
      for (const w of lh.runWarnings) out.push(`  Lighthouse warning: ${w}`);
    }
  }
  out.push('');
  const signed = (n) => `${n > 0 ? '+' : ''}${n}%`;
  for (const cmp of results.lcpOfHome) {
    out.push(
      `LCP of ${cmp.page} against ${cmp.reference}: ${signed(cmp.simulatedPercentAbove)} with simulated throttling, ` +
        `${signed(cmp.appliedPercentAbove)} with applied throttling`,
    );
  }
  out.push('');
  for (const pdf of results.pdf) {
    out.push(`PDF of ${pdf.path} (npm run pdf): ${seconds(pdf.ms)}, ${pdf.pages} pages, ${pdf.widthMm} × ${pdf.heightMm} mm, ${kb(pdf.bytes)}`);
  }
  out.push(`Everything is in ${resultsFile}`);
  return out.join('\n');
}

async function main() {
  assertChromium(); // fail before spending a minute on builds
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: null,
    lighthouse: null,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      platform: `${os.platform()} ${os.release()}`,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      // Other work on the machine slows every timing here: the 1-minute load average at start and end says how busy it was.
      loadAverage: { start: round1(os.loadavg()[0]), end: null },
    },
    siteUrl: process.env.SITE_URL ?? null,
    build: { runsMs: [], medianMs: 0 },
    pages: {},
    pdf: null,
  };
  results.siteUrl ??= 'unset (astro.config.mjs default http://localhost:4321)';

  for (let run = 1; run <= builds; run++) {
    log(`astro build ${run}/${builds}`);
    results.build.runsMs.push(Math.round(await build(run)));
  }
  results.build.medianMs = median(results.build.runsMs);

  const server = await serveDist({ gzip: true });
  try {
    const browser = await launchChromium();
    try {
      results.chromium = browser.version();
      for (const path of pages) {
        log(`bytes and first screen of ${path}`);
        results.pages[path] = await measurePage(browser, server.origin, path);
      }
    } finally {
      await browser.close();
    }
    for (const path of pages) {
      const lhrs = [];
      for (let run = 1; run <= lighthouseRuns; run++) {
        log(`Lighthouse ${path} ${run}/${lighthouseRuns} (about 15 s)`);
        lhrs.push(await lighthouseRun(`${server.origin}${path}`));
      }
      results.lighthouse = lhrs[0].lighthouseVersion;
      results.pages[path].lighthouse = await lighthouseMedian(lhrs);
      const appliedLcps = [];
      for (let run = 1; run <= appliedRuns; run++) {
        log(`Lighthouse ${path}, applied throttling, ${run}/${appliedRuns} (about 10 s)`);
        const lhr = await lighthouseRun(`${server.origin}${path}`, { throttlingMethod: 'devtools', onlyCategories: ['performance'] });
        appliedLcps.push(Math.round(lhr.audits['largest-contentful-paint'].numericValue));
      }
      results.pages[path].lcpApplied = { runsMs: appliedLcps, medianMs: median(appliedLcps) };
    }
    results.lcpOfHome = Object.entries(lcpReferences).map(([path, referencePath]) => {
      const [home, reference] = [results.pages[path], results.pages[referencePath]];
      return {
        page: path,
        reference: referencePath,
        simulatedPercentAbove: percentAbove(home.lighthouse.metrics.lcpMs.value, reference.lighthouse.metrics.lcpMs.value),
        appliedPercentAbove: percentAbove(home.lcpApplied.medianMs, reference.lcpApplied.medianMs),
      };
    });
  } finally {
    await server.close();
  }

  results.pdf = [];
  for (const edition of editions) {
    log(`PDF of ${edition.path}`);
    const started = performance.now();
    const pdf = await printExplainer(edition);
    results.pdf.push({ path: edition.path, ms: Math.round(performance.now() - started), pages: pdf.pages, widthMm: pdf.widthMm, heightMm: pdf.heightMm, bytes: pdf.bytes });
  }

  results.machine.loadAverage.end = round1(os.loadavg()[0]);
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(summary(results));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`npm run bench: ${error.message}`);
    process.exit(1);
  });
}
