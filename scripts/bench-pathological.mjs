/**
 * How long the content script's extraction takes on pathological pages, in Node (jsdom) and in real
 * Chromium, against the 50 ms budget (issue 7). Parsing/building the page is not timed, only
 * extractArticle(document, ...). Also checks that it gives up cleanly: returns valid metadata, throws nothing.
 *   node scripts/bench-pathological.mjs [--runs N] [--no-browser] [--json FILE]
 * Exits 1 when an extraction throws or returns invalid metadata; over-budget times are reported (and
 * flagged), not failed: timings depend on the machine (the budget is for the corpus machine).
 */
import * as esbuild from 'esbuild';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || (args.includes('--runs') ? 5 : 5);
const BUDGET_MS = 50;
const URL = 'https://www.seismonaut.com/blog/pathological/';
const OPTIONS = {url: URL, companyDomains: ['seismonaut.com']};

/**
 * Each page: `html` (parsed by the engine) and/or `build` (DOM calls run in the page: the HTML parsers
 * cap nesting — Chromium at 512 levels — so deep trees are built by hand). `build` is serialised, so it
 * may only use its `document` argument.
 */
const PAGES = [
  {
    name: 'sample article (baseline)',
    html: readFileSync('tests/fixtures/da-article-rich.html', 'utf8'),
  },
  {
    name: '100,000 elements',
    html: `<!doctype html><html lang="da"><head><title>Many</title></head><body><main>${'<div class="item"><p>Et afsnit med lidt tekst <a href="/x">og et link</a></p></div>'.repeat(33_334)}</main></body></html>`,
  },
  {
    name: 'nesting 5,000 deep',
    // jsdom's parser keeps the nesting (its appendChild recurses and overflows the stack at this depth)...
    html: `<!doctype html><html lang="da"><head><title>Deep</title></head><body>${'<div>'.repeat(5000)}<p>${'A paragraph at the bottom of a very deep tree, long enough to count as prose in an article. '.repeat(3)}</p>${'</div>'.repeat(5000)}</body></html>`,
    // ...Chromium's flattens it past 512 levels, so there the tree is built by hand.
    chromiumHtml: '<!doctype html><html lang="da"><head><title>Deep</title></head><body></body></html>',
    chromiumOnly: true,
    // Laid out, a tree this deep hangs Chromium's renderer by itself (whatever the extension does): the
    // outermost level is display:none, which the extractor (no layout, no styles) does not look at.
    build: document => {
      let parent = document.body;
      for (let i = 0; i < 5000; i++) {
        const div = document.createElement(i % 2 ? 'div' : 'section');
        div.className = `level-${i}`;
        if (i === 0) div.style.display = 'none';
        parent.appendChild(div);
        parent = div;
      }
      const p = document.createElement('p');
      p.textContent = 'A paragraph at the bottom of a very deep tree, long enough to count as prose in an article. '.repeat(3);
      parent.appendChild(p);
    },
  },
  {
    name: 'a 5 MB text node',
    html: '<!doctype html><html lang="da"><head><title>Big text</title></head><body><article><h1>Big text</h1><p id="big"></p></article></body></html>',
    build: document => {
      document.getElementById('big').textContent = 'ord og flere ord i en meget lang tekst uden ende '.repeat(104_858); // 5 MiB
    },
  },
  {
    name: '500 JSON-LD blocks',
    html: `<!doctype html><html lang="da"><head><title>LD</title>${Array.from({length: 500}, (_, i) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Post ${i}","author":{"@type":"Person","name":"Author ${i}"},"datePublished":"2024-01-01","image":["https://www.seismonaut.com/${i}.jpg"],"@graph":[{"@type":"WebPage","name":"P${i}"}]}</script>`).join('')}</head><body><article><h1>LD</h1><p>${'Tekst. '.repeat(100)}</p></article></body></html>`,
  },
  {
    name: '500 JSON-LD blocks of 10 kB',
    html: `<!doctype html><html><head><title>LD</title>${Array.from({length: 500}, (_, i) => `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Post ${i}","articleBody":"${'x'.repeat(10_000)}"}</script>`).join('')}</head><body></body></html>`,
  },
];

/** The extractor exactly as the content script bundles it. */
async function bundle(format) {
  const result = await esbuild.build({
    entryPoints: ['src/article/index.ts'], bundle: true, write: false, format, target: format === 'iife' ? 'chrome121' : 'node20',
    globalName: format === 'iife' ? 'SeismonautArticle' : undefined, minify: true, legalComments: 'none', logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Problems with a result, [] when valid. */
function invalid(m) {
  const problems = [];
  if (!m || typeof m !== 'object') return ['no result'];
  if (!/^https?:\/\//.test(m.url)) problems.push(`url ${m.url}`);
  if (m.image !== null && !/^https?:\/\//.test(m.image)) problems.push('image');
  if (typeof m.title !== 'string' || m.title.length === 0 || m.title.length > 300) problems.push('title');
  if (m.description !== null && m.description.length > 1000) problems.push('description');
  if (m.signals.includes('error')) problems.push('gave up with an exception (signal "error")');
  return problems;
}

const median = list => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

async function inNode() {
  mkdirSync('.cache', {recursive: true});
  writeFileSync('.cache/article-bench.mjs', await bundle('esm'));
  const {extractArticle} = await import(`${process.cwd()}/.cache/article-bench.mjs?${Date.now()}`);
  const rows = [];
  for (const page of PAGES) {
    console.error(`node/jsdom: ${page.name}…`);
    const dom = new JSDOM(page.html, {url: URL});
    if (page.build && !page.chromiumOnly) page.build(dom.window.document);
    const times = [];
    let result;
    let error = null;
    for (let i = 0; i <= RUNS; i++) {
      const t0 = performance.now();
      try {
        result = extractArticle(dom.window.document, OPTIONS);
      } catch (e) {
        error = String(e);
      }
      if (i > 0) times.push(performance.now() - t0); // run 0 warms the JIT
    }
    console.error(`  ${times.map(t => t.toFixed(1)).join(' ')}`);
    rows.push({engine: 'node/jsdom', page: page.name, first: null, median: median(times), max: Math.max(...times), problems: error ? [error] : invalid(result), signals: result?.signals ?? []});
    try {
      dom.window.close();
    } catch {
      // jsdom's teardown recurses through the 5,000-deep tree and overflows its own stack: not our code.
    }
  }
  return rows;
}

async function inChromium() {
  const {EXECUTABLES} = await import('./launch.mjs');
  if (!existsSync(EXECUTABLES.chromium)) {
    console.warn(`!!! ${EXECUTABLES.chromium} is not installed: Chromium column skipped`);
    return [];
  }
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({executablePath: EXECUTABLES.chromium, headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']});
  const code = await bundle('iife');
  const rows = [];
  try {
    for (const page of PAGES) {
      console.error(`chromium: ${page.name}…`);
      const tab = await browser.newPage();
      // Served from a request interception under the company's URL, so location and relative URLs are real.
      await tab.setRequestInterception(true);
      tab.on('request', request => void request.respond({status: 200, contentType: 'text/html; charset=utf-8', body: page.chromiumHtml ?? page.html}));
      await tab.goto(URL, {waitUntil: 'load', timeout: 120_000});
      if (page.build) await tab.evaluate(`(${page.build.toString()})(document)`);
      await tab.addScriptTag({content: code});
      const measured = await tab.evaluate(async (runs, options) => {
        const times = [];
        let result;
        let error = null;
        // Long tasks the extraction causes (what "blocking the page" means), when the browser reports them.
        const longTasks = [];
        const observer = typeof PerformanceObserver !== 'undefined' ? new PerformanceObserver(list => longTasks.push(...list.getEntries().map(e => e.duration))) : null;
        try {
          observer?.observe({type: 'longtask'});
        } catch {
          // not supported
        }
        for (let i = 0; i <= runs; i++) {
          const t0 = performance.now();
          try {
            result = globalThis.SeismonautArticle.extractArticle(document, options);
          } catch (e) {
            error = String(e);
          }
          times.push(performance.now() - t0);
          await new Promise(resolve => setTimeout(resolve, 0));
        }
        observer?.disconnect();
        return {first: times[0], times: times.slice(1), result, error, longTasks};
      }, RUNS, OPTIONS);
      console.error(`  ${measured.times.map(t => t.toFixed(1)).join(' ')}`);
      rows.push({
        engine: 'chromium', page: page.name, first: measured.first, median: median(measured.times), max: Math.max(...measured.times),
        problems: measured.error ? [measured.error] : invalid(measured.result), signals: measured.result?.signals ?? [],
      });
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

const rows = [...await inNode(), ...(args.includes('--no-browser') ? [] : await inChromium())];
const fmt = ms => (ms === null ? '     -' : ms.toFixed(1).padStart(6));
console.log(`\nextractArticle on pathological pages (ms; median and max of ${RUNS} runs after a warm-up; budget ${BUDGET_MS} ms)\n`);
console.log(`${'engine'.padEnd(11)} ${'page'.padEnd(30)} ${'first'.padStart(6)} ${'median'.padStart(6)} ${'max'.padStart(6)}  verdict`);
for (const row of rows) {
  const verdict = row.problems.length ? `FAIL: ${row.problems.join('; ')}` : row.max > BUDGET_MS ? `OVER BUDGET${row.signals.includes('scan:truncated') ? ' (scan truncated)' : ''}` : `ok${row.signals.includes('scan:truncated') ? ' (gave up: scan truncated)' : ''}`;
  console.log(`${row.engine.padEnd(11)} ${row.page.padEnd(30)} ${fmt(row.first)} ${fmt(row.median)} ${fmt(row.max)}  ${verdict}`);
}
const jsonAt = args.indexOf('--json');
if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], JSON.stringify(rows, null, 2));
if (rows.some(row => row.problems.length)) process.exit(1);
