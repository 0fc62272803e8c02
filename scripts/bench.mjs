#!/usr/bin/env node
/**
 * Benchmark the article extractor on the real-page corpus against Readability,
 * page-metadata-parser and metascraper, scored with the corpus label rules (../shared/corpus/README.md).
 *
 *   npm run bench [-- --corpus DIR] [--json out.json] [--extra rows.mjs ...] [--verbose] [--only "this project"]
 *
 * Parsing is excluded from every timing: each system gets a ready jsdom Document (or, for
 * metascraper, a ready cheerio DOM). Extra rows (e.g. real-Chromium or popup timings) plug in via
 * `--extra module.mjs`: its default export `async (bench) => Row | Row[]` receives
 * {pages, labels, score, fields} and returns rows shaped like `summarize()`'s output.
 */
import {existsSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {performance} from 'node:perf_hooks';
import {createRequire} from 'node:module';
import {decodeHtml, loadExtractor, parseDocument, toRecord} from './inspect.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------- scoring (label rules) ----------

/** Normalised text for exact comparison: Unicode NFKC, quotes/dashes unified, case and spacing folded. */
export function norm(s) {
  if (s === null || s === undefined) return '';
  return String(s).normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\u2026/g, '...')
    .toLowerCase().replace(/\s+/g, ' ').trim().replace(/^["']|["'.:;,!]$/g, '').trim();
}

function tokens(s) {
  return norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function tokenF1(a, b) {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) if ((counts.get(t) ?? 0) > 0) { common++; counts.set(t, counts.get(t) - 1); }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return 2 * p * r / (p + r);
}

export function titleRelaxed(got, want) {
  if (!got || !want) return norm(got) === norm(want);
  const a = norm(got);
  const b = norm(want);
  if (tokenF1(a, b) >= 0.8) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && long.includes(short) && short.length >= 0.6 * long.length;
}

export function normUrl(u) {
  if (!u) return '';
  try {
    const url = new URL(u);
    url.hash = '';
    let p = url.pathname;
    try { p = decodeURI(p); } catch { /* keep */ }
    p = p.replace(/\/+$/, '');
    let q = url.search;
    try { q = decodeURIComponent(q); } catch { /* keep */ }
    return `${url.protocol}//${url.host.toLowerCase()}${p}${q}`;
  } catch {
    return String(u).trim();
  }
}

function nameSet(s) {
  if (!s) return new Set();
  return new Set(String(s).split(/\s*;\s*/).map(norm).filter(Boolean));
}

function sameSet(a, b) {
  return a.size === b.size && [...a].every(x => b.has(x));
}

function dateOk(got, want) {
  if (!want) return !got;
  if (!got) return false;
  const day = String(got).slice(0, 10);
  if (day === want) return true;
  // A full timestamp may be a UTC instant: the labelled local day may differ by one.
  if (/T\d{2}:\d{2}/.test(String(got))) {
    const diff = Math.abs(Date.parse(`${day}T00:00:00Z`) - Date.parse(`${want}T00:00:00Z`));
    return diff <= 86_400_000;
  }
  return false;
}

function langTag(s) {
  if (!s) return '';
  const p = String(s).toLowerCase().split(/[-_]/)[0];
  return p === 'nb' || p === 'nn' ? 'no' : p;
}

function siteOk(got, want) {
  if (!want) return !got;
  const g = norm(got);
  if (!g) return false;
  // "Los Angeles Rams (therams.com)": either the name or its parenthesised alias.
  const alts = [want, want.replace(/\s*\(.*\)\s*$/, ''), (/\(([^)]*)\)/.exec(want) ?? [])[1]].filter(Boolean).map(norm);
  return alts.includes(g);
}

/** Equal, or our text is the label's capped at the 1000-character limit (ending in "…"). */
function descriptionOk(got, want) {
  const w = norm(want);
  if (norm(got) === w) return true;
  const raw = String(got ?? '');
  if (!raw.endsWith('…') || raw.length < 500) return false;
  const g = norm(raw.slice(0, -1)).replace(/\.+$/, '');
  return w.startsWith(g);
}

/** Which pages each field is scored on, and how. `null` = not scored for this page. */
export const fields = {
  detection: {label: 'detect acc.', applies: l => !l.doubtful},
  title: {label: 'title', applies: () => true, ok: (r, l) => norm(r.title) === norm(l.title)},
  titleRelaxed: {label: 'title~', applies: () => true, ok: (r, l) => titleRelaxed(r.title, l.title)},
  author: {label: 'author', applies: l => l.is_article && !l.doubtful, key: 'author', ok: (r, l) => sameSet(nameSet(r.author), nameSet(l.author))},
  published: {label: 'published', applies: l => l.is_article && !l.doubtful, ok: (r, l) => dateOk(r.published, l.published)},
  lang: {label: 'lang', applies: () => true, ok: (r, l) => langTag(r.lang) === langTag(l.lang)},
  canonical: {label: 'canonical', applies: l => !!l.canonical, ok: (r, l) => normUrl(r.canonical) === normUrl(l.canonical)},
  siteName: {label: 'site', applies: l => !!l.site_name, key: 'site_name', ok: (r, l) => siteOk(r.siteName, l.site_name)},
  description: {label: 'descr.', applies: l => !!l.description, ok: (r, l) => descriptionOk(r.description, l.description)},
  image: {label: 'image', applies: l => !!l.image, ok: (r, l) => normUrl(r.image) === normUrl(l.image)},
};
const FIELD_KEY = {siteName: 'site_name', titleRelaxed: 'title'};

/** Score one system's records (by page id) against the labels; `supports` lists the fields it offers. */
export function score(name, records, labels, supports, times) {
  const row = {name, n: 0, fields: {}, detection: null, misses: {}};
  for (const [field, spec] of Object.entries(fields)) {
    if (field === 'detection') continue;
    if (!supports.includes(field === 'titleRelaxed' ? 'title' : field)) { row.fields[field] = null; continue; }
    let ok = 0;
    let n = 0;
    const misses = [];
    for (const l of labels) {
      const r = records.get(l.id);
      if (!r || !spec.applies(l) || (l.unsure ?? []).includes(FIELD_KEY[field] ?? field)) continue;
      n++;
      if (spec.ok(r, l)) ok++;
      else misses.push(l.id);
    }
    row.fields[field] = n ? {ok, n, pct: (100 * ok) / n} : null;
    row.misses[field] = misses;
  }
  if (supports.includes('detection')) {
    let tp = 0; let fp = 0; let tn = 0; let fn = 0;
    const misses = [];
    for (const l of labels) {
      const r = records.get(l.id);
      if (!r || l.doubtful || typeof r.isArticle !== 'boolean') continue;
      if (r.isArticle && l.is_article) tp++;
      else if (r.isArticle && !l.is_article) { fp++; misses.push(`FP:${l.id}`); }
      else if (!r.isArticle && l.is_article) { fn++; misses.push(`FN:${l.id}`); }
      else tn++;
    }
    const n = tp + fp + tn + fn;
    row.detection = {acc: (100 * (tp + tn)) / n, precision: tp + fp ? (100 * tp) / (tp + fp) : 0, recall: tp + fn ? (100 * tp) / (tp + fn) : 0, n, fp, fn};
    row.misses.detection = misses;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const pick = q => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : null;
  row.median = pick(0.5);
  row.p95 = pick(0.95);
  row.n = records.size;
  return row;
}

// ---------- systems ----------

async function systems() {
  const ours = await loadExtractor();
  const {Readability, isProbablyReaderable} = require('@mozilla/readability');
  const {getMetadata} = require('page-metadata-parser');
  let metascraper = null;
  let metascraperError = null;
  let cheerio = null;
  try {
    const rules = ['author', 'date', 'description', 'image', 'lang', 'publisher', 'title', 'url'].map(n => require(`metascraper-${n}`)());
    metascraper = require('metascraper')(rules);
    cheerio = require('cheerio');
  } catch (err) {
    metascraperError = String(err?.message ?? err);
  }
  const list = [
    {
      name: 'this project',
      supports: ['detection', 'title', 'author', 'published', 'lang', 'canonical', 'siteName', 'description', 'image'],
      async run(page) {
        const doc = page.doc();
        const t0 = performance.now();
        const meta = ours.extractArticle(doc, {url: page.url ?? doc.URL, companyDomains: ours.company.domains});
        const ms = performance.now() - t0;
        return {record: toRecord(page.file, meta, ms), ms};
      },
    },
    {
      name: 'Readability',
      supports: ['detection', 'title', 'author', 'published', 'lang', 'siteName', 'description'],
      async run(page) {
        const doc = page.doc();
        const t0 = performance.now();
        const isArticle = isProbablyReaderable(doc);
        const parsed = new Readability(doc).parse();
        const ms = performance.now() - t0;
        return {ms, record: {isArticle, title: parsed?.title ?? null, author: parsed?.byline ?? null, published: parsed?.publishedTime ?? null,
          lang: parsed?.lang ?? null, siteName: parsed?.siteName ?? null, description: parsed?.excerpt ?? null}};
      },
    },
    {
      name: 'page-metadata-parser',
      supports: ['detection', 'title', 'lang', 'canonical', 'siteName', 'description', 'image'],
      async run(page) {
        const doc = page.doc();
        const t0 = performance.now();
        const m = getMetadata(doc, page.url ?? 'http://localhost/');
        const ms = performance.now() - t0;
        return {ms, record: {isArticle: m.type === 'article', title: m.title ?? null, lang: m.language ?? null, canonical: m.url ?? null,
          siteName: m.provider ?? null, description: m.description ?? null, image: m.image ?? null}};
      },
    },
  ];
  if (metascraper) {
    list.push({
      name: 'metascraper',
      supports: ['title', 'author', 'published', 'lang', 'canonical', 'siteName', 'description', 'image'],
      async run(page) {
        const url = page.url ?? 'http://localhost/';
        const htmlDom = cheerio.load(page.html, {baseURI: url});
        const t0 = performance.now();
        const m = await metascraper({url, htmlDom, validateUrl: false});
        const ms = performance.now() - t0;
        return {ms, record: {title: m.title ?? null, author: m.author ?? null, published: m.date ?? null, lang: m.lang ?? null,
          canonical: m.url ?? null, siteName: m.publisher ?? null, description: m.description ?? null, image: m.image ?? null}};
      },
    });
  }
  return {list, notes: metascraperError ? [`metascraper unavailable: ${metascraperError}`] : []};
}

// ---------- targets (issue 3) ----------

/** Issue 3's targets, scored as it says: doubtful pages and `unsure` fields left out. */
const TARGETS = [
  ['detection', 'detection accuracy', 95], ['title', 'title exact', 90], ['titleRelaxed', 'title relaxed', 97],
  ['author', 'author', 85], ['published', 'published', 90], ['lang', 'language', 95], ['canonical', 'canonical', 98],
  ['siteName', 'site name', 85], ['description', 'description', 98], ['image', 'image', 98],
];
/** A page kind the detector must never take for an article (from the label's note). */
const NEVER_ARTICLE = /\b(?:home|front|index|listing|archive|category|contact|login|sign[- ]?in)\b/i;

/** Lines saying, per target, the value and whether it is met; `perPage` holds each system's records by page id. */
export function renderTargets(perPage, labels, supports, times) {
  const strict = labels.filter(l => !l.doubtful);
  const rows = Object.fromEntries(Object.entries(perPage).map(([name, records]) => [name, score(name, new Map(Object.entries(records)), strict, supports[name], times[name])]));
  const ours = rows['this project'];
  if (!ours) return [];
  const value = (row, field) => (field === 'detection' ? row.detection?.acc : row.fields[field]?.pct) ?? null;
  const mark = ok => (ok ? 'met' : 'NOT MET');
  const lines = [`Targets (issue 3), on the ${strict.length} non-doubtful pages, unsure fields left out:`];
  for (const [field, label, min] of TARGETS) {
    const v = value(ours, field);
    const anchors = Object.values(rows).filter(r => r !== ours && value(r, field) !== null);
    const best = anchors.reduce((b, r) => (value(r, field) > (b ? value(b, field) : -1) ? r : b), null);
    const beat = best ? ` | best anchor ${best.name} ${value(best, field).toFixed(1)}%: ${mark(v >= value(best, field))}` : '';
    lines.push(`  ${label.padEnd(19)} ${v === null ? '–' : `${v.toFixed(1)}%`} (target >= ${min}%): ${mark(v !== null && v >= min)}${beat}`);
  }
  const records = perPage['this project'];
  const fps = strict.filter(l => !l.is_article && records[l.id]?.isArticle);
  const badFps = fps.filter(l => NEVER_ARTICLE.test(l.note ?? ''));
  lines.push(`  false positives     ${fps.length ? fps.map(l => `${l.id} (${l.note ?? 'no note'})`).join('; ') : 'none'}`);
  lines.push(`  no index/home/contact/login page taken for an article: ${mark(badFps.length === 0)}`);
  const invented = strict.filter(l => l.published === null && !(l.unsure ?? []).includes('published') && records[l.id]?.published);
  lines.push(`  dates on pages that show none: ${invented.length ? invented.map(l => `${l.id} (${records[l.id].published})`).join(', ') : 'none'}: ${mark(invented.length === 0)}`);
  const pmp = rows['page-metadata-parser'];
  if (pmp?.median) lines.push(`  median ms ${ours.median.toFixed(2)} vs page-metadata-parser ${pmp.median.toFixed(2)} (same DOMs, same run): ${mark(ours.median <= pmp.median)}`);
  return lines;
}

// ---------- table ----------

const pct = v => (v === null || v === undefined ? '   –  ' : `${v.pct.toFixed(1).padStart(5)}%`);
const ms = v => (v === null || v === undefined ? '    –' : v.toFixed(2).padStart(6));

export function renderTable(rows) {
  const cols = ['titleRelaxed', 'title', 'author', 'published', 'lang', 'canonical', 'siteName', 'description', 'image'];
  const head = ['system'.padEnd(22), 'detect acc  prec   rec  FP', ...cols.map(c => fields[c].label.padStart(9)), 'median ms', '  p95 ms'];
  const lines = [head.join(' | ')];
  lines.push(head.map(h => '-'.repeat(h.length)).join('-|-'));
  for (const r of rows) {
    const d = r.detection;
    const det = d ? `${d.acc.toFixed(1).padStart(5)}% ${d.precision.toFixed(0).padStart(4)} ${d.recall.toFixed(0).padStart(5)} ${String(d.fp).padStart(3)}` : '          –              ';
    lines.push([r.name.padEnd(22), det.padEnd(head[1].length), ...cols.map(c => pct(r.fields?.[c]).padStart(9)), ms(r.median).padStart(9), ms(r.p95).padStart(8)].join(' | '));
  }
  return lines.join('\n');
}

// ---------- main ----------

function arg(argv, name) {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : null;
}

export async function loadCorpus(dir) {
  const labels = JSON.parse(await readFile(path.join(dir, 'labels.json'), 'utf8'));
  const pages = [];
  for (const l of labels) {
    const file = path.join(dir, 'pages', `${l.id}.html`);
    if (!existsSync(file)) continue;
    const html = decodeHtml(await readFile(file));
    const url = l.url ?? null;
    // A fresh Document per system: Readability mutates the one it is given.
    const open = [];
    pages.push({
      id: l.id, file, url, html,
      doc: () => {
        const doc = parseDocument(html, url);
        open.push(doc);
        return doc;
      },
      // jsdom windows hold their whole DOM: close them once a system is done with the page.
      closeAll: () => {
        for (const doc of open.splice(0)) doc.defaultView?.close();
      },
    });
  }
  return {labels, pages};
}

async function main(argv) {
  const dir = path.resolve(arg(argv, '--corpus') ?? process.env.CORPUS_DIR ?? path.join(root, '..', 'shared', 'corpus'));
  if (!existsSync(path.join(dir, 'labels.json'))) {
    process.stdout.write(`bench: corpus not found at ${dir} (set --corpus DIR or CORPUS_DIR); skipped.\n`);
    return;
  }
  const {labels, pages} = await loadCorpus(dir);
  const {list: all, notes} = await systems();
  // `--only "this project"` while developing: the other systems take most of the run.
  const only = arg(argv, '--only');
  const list = only ? all.filter(s => s.name === only) : all;
  const rows = [];
  const perPage = {};
  const supports = {};
  const allTimes = {};
  for (const system of list) {
    const records = new Map();
    const times = [];
    // Warm-up on a few pages so JIT compilation is not charged to the first pages.
    for (const page of pages.slice(0, 3)) { try { await system.run(page); } catch { /* scored below */ } page.closeAll(); }
    for (const page of pages) {
      try {
        const {record, ms: t} = await system.run(page);
        records.set(page.id, record);
        times.push(t);
        page.closeAll();
      } catch (err) {
        records.set(page.id, {error: String(err?.message ?? err)});
        page.closeAll();
      }
    }
    const row = score(system.name, records, labels, system.supports, times);
    rows.push(row);
    perPage[system.name] = Object.fromEntries(records);
    supports[system.name] = system.supports;
    allTimes[system.name] = times;
  }
  for (const file of argv.flatMap((a, i) => (a === '--extra' ? [argv[i + 1]] : [])).filter(Boolean)) {
    const mod = await import(pathToFileURL(path.resolve(file)).href);
    const extra = await mod.default({pages, labels, score, fields});
    rows.push(...(Array.isArray(extra) ? extra : [extra]));
  }
  const scored = labels.filter(l => !l.doubtful).length;
  process.stdout.write(`Corpus: ${pages.length} pages (${scored} non-doubtful for detection) from ${dir}\n\n`);
  process.stdout.write(`${renderTable(rows)}\n\n`);
  process.stdout.write([
    'Scoring (corpus README label rules): normalised exact match; title~ = token F1 >= 0.8 or containment >= 60%;',
    'author = set of names, and published = the day (±1 day only for a full timestamp), both on non-doubtful articles;',
    'canonical/site/description/image scored where the label has a value (description/image fallbacks on tagless pages are by design);',
    'fields marked – are not offered by that system. Times: extraction only, parsing (jsdom/cheerio) excluded.',
    ...notes,
  ].join('\n') + '\n');
  const targets = renderTargets(perPage, labels, supports, allTimes);
  if (targets.length) process.stdout.write(`\n${targets.join('\n')}\n`);
  if (argv.includes('--verbose')) {
    for (const r of rows) {
      process.stdout.write(`\n${r.name} misses:\n`);
      for (const [f, m] of Object.entries(r.misses ?? {})) if (m.length) process.stdout.write(`  ${f}: ${m.join(' ')}\n`);
    }
  }
  const jsonOut = arg(argv, '--json');
  if (jsonOut) await writeFile(jsonOut, JSON.stringify({rows, perPage}, null, 1));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch(err => {
    process.stderr.write(`${err?.stack ?? err}\n`);
    process.exitCode = 1;
  });
}
