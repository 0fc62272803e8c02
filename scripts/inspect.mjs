#!/usr/bin/env node
/**
 * Run the content script's article extractor on saved HTML pages.
 *
 *   npm run -s inspect -- page.html [--url URL]       one page -> pretty JSON
 *     (without --url: at the address the saved page names, see declaredAddress)
 *   npm run -s inspect -- --batch < list.jsonl         {"file","url"} lines -> one JSON line each
 *
 * The extractor is bundled from src/article/index.ts with esbuild exactly as the extension
 * bundles it, so these numbers describe the code that ships. Also imported by bench.mjs.
 */
import {readFile, mkdir, rm, writeFile} from 'node:fs/promises';
import {createInterface} from 'node:readline';
import {fileURLToPath, pathToFileURL} from 'node:url';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import {JSDOM, VirtualConsole} from 'jsdom';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundle src/article (plus the company profile) and import it. */
export async function loadExtractor() {
  const result = await esbuild.build({
    stdin: {
      contents: "export {extractArticle} from './src/article/index.ts';\nexport {company} from './src/company.ts';\n",
      resolveDir: root,
      sourcefile: 'inspect-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  const dir = path.join(root, 'node_modules', '.cache', 'seismonaut-article');
  await mkdir(dir, {recursive: true});
  const file = path.join(dir, `article-${process.pid}-${Date.now()}.mjs`);
  await writeFile(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    // The module stays loaded; the file was only the way in.
    await rm(file, {force: true});
  }
}

/** Charset from a <meta charset> / http-equiv declaration in the first bytes, like a browser's prescan. */
function declaredCharset(bytes) {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * Decode page bytes as a browser would: BOM first; then UTF-8 when the bytes are valid UTF-8
 * (a wrong declaration on a UTF-8 page must not garble it); then the declared charset; then
 * windows-1252.
 */
export function decodeHtml(bytes) {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8[0] === 0xef && u8[1] === 0xbb && u8[2] === 0xbf) return new TextDecoder('utf-8').decode(u8.subarray(3));
  if (u8[0] === 0xff && u8[1] === 0xfe) return new TextDecoder('utf-16le').decode(u8.subarray(2));
  if (u8[0] === 0xfe && u8[1] === 0xff) return new TextDecoder('utf-16be').decode(u8.subarray(2));
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(u8);
  } catch {
    // Not UTF-8: fall through to the declaration.
  }
  let label = declaredCharset(u8) ?? 'windows-1252';
  if (/^utf-?16/.test(label)) label = 'windows-1252'; // a UTF-16 declaration in ASCII bytes is a lie
  try {
    return new TextDecoder(label).decode(u8);
  } catch {
    return new TextDecoder('windows-1252').decode(u8);
  }
}

/**
 * Where a saved page says it was, for a page read without its address: the comment browsers write into a
 * saved page (`<!-- saved from url=(0042)https://… -->`), else its `rel=canonical`, else `og:url`; only
 * absolute http(s) addresses. The extension always knows the address (location.href), and its host-based
 * rules (the site's name from the host, a title's site suffix, a date in the path, same-site canonicals)
 * need one: read as about:blank, a saved page loses them.
 */
export function declaredAddress(doc, html) {
  const saved = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  const candidates = [
    [saved, 'saved from url'],
    [doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'), 'rel=canonical'],
    [doc.querySelector('meta[property="og:url" i][content], meta[name="og:url" i][content]')?.getAttribute('content'), 'og:url'],
  ];
  for (const [value, from] of candidates) {
    try {
      const url = new URL((value ?? '').trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return {url: url.href, from};
    } catch {
      // Relative or not an address: it cannot say where the page was.
    }
  }
  return null;
}

/**
 * Parse HTML into a jsdom Document (no scripts, no resources, console silenced), at `url`, or where the
 * page says it was when no `url` is given (declaredAddress); `assumed` tells which.
 */
export function parseDocument(html, url) {
  const dom = parseDom(html, url);
  const doc = dom.window.document;
  if (url) return doc;
  const declared = declaredAddress(doc, html);
  if (declared) dom.reconfigure({url: declared.url});
  assumed.set(doc, declared);
  return doc;
}
const assumed = new WeakMap();

function parseDom(html, url) {
  const options = {virtualConsole: new VirtualConsole()};
  if (url) options.url = url;
  try {
    return new JSDOM(html, options);
  } catch {
    // jsdom's CSS parser throws on some real-world stylesheets (a browser ignores the bad rule);
    // the extractor never reads CSS, so parse again without the <style> contents.
    return new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''), options);
  }
}

/** The flat record of one page used by --batch and by the bench. */
export function toRecord(file, meta, ms) {
  return {
    file,
    isArticle: meta.isArticle,
    confidence: meta.confidence,
    title: meta.title,
    description: meta.description,
    author: meta.authors.length ? meta.authors.join('; ') : null,
    published: meta.published,
    modified: meta.modified,
    canonical: meta.url || null,
    image: meta.image,
    lang: meta.lang,
    siteName: meta.siteName,
    contactEmail: meta.contactEmail,
    ms: Math.round(ms * 1000) / 1000,
  };
}

export async function inspectFile(mod, file, url) {
  const bytes = await readFile(file);
  const html = decodeHtml(bytes);
  const doc = parseDocument(html, url);
  const t0 = performance.now();
  const meta = mod.extractArticle(doc, {url: url ?? doc.URL, companyDomains: mod.company.domains});
  const ms = performance.now() - t0;
  doc.defaultView?.close();
  return {meta, ms, assumedUrl: assumed.get(doc) ?? null};
}

/** Run the extractor once on a small page so JIT compilation is not charged to the first real page. */
export function warmUp(mod) {
  const doc = parseDocument('<title>Warm-up | Site</title><h1>Warm-up</h1><p>A paragraph of warm-up text that is long enough to count as prose in the scan.</p>', 'https://www.example.com/blog/warm-up-page');
  for (let i = 0; i < 5; i++) mod.extractArticle(doc, {url: doc.URL, companyDomains: mod.company.domains});
  doc.defaultView?.close();
}

async function batch(mod) {
  warmUp(mod);
  const rl = createInterface({input: process.stdin, crlfDelay: Infinity});
  for await (const line of rl) {
    if (line.trim() === '') continue;
    let file = null;
    try {
      const job = JSON.parse(line);
      file = typeof job.file === 'string' ? job.file : null;
      if (!file) throw new Error('missing "file"');
      const url = typeof job.url === 'string' && job.url ? job.url : null;
      const {meta, ms} = await inspectFile(mod, file, url);
      process.stdout.write(`${JSON.stringify(toRecord(file, meta, ms))}\n`);
    } catch (err) {
      process.stdout.write(`${JSON.stringify({file, error: String(err?.message ?? err)})}\n`);
    }
  }
}

async function main(argv) {
  const mod = await loadExtractor();
  if (argv.includes('--batch')) return batch(mod);
  const urlIndex = argv.indexOf('--url');
  const url = urlIndex >= 0 ? argv[urlIndex + 1] : null;
  const file = argv.find((a, i) => !a.startsWith('--') && (urlIndex < 0 || i !== urlIndex + 1));
  if (!file) {
    process.stderr.write('usage: npm run -s inspect -- page.html [--url URL] | --batch < jobs.jsonl\n');
    process.exitCode = 2;
    return;
  }
  const {meta, ms, assumedUrl} = await inspectFile(mod, path.resolve(file), url);
  if (!url) {
    process.stderr.write(assumedUrl
      ? `(no --url: read at ${assumedUrl.url}, the page's ${assumedUrl.from})\n`
      : '(no --url, and the page names no address of its own: read without one; give --url for host-based rules)\n');
  }
  process.stdout.write(`${JSON.stringify({...meta, ms: Math.round(ms * 1000) / 1000}, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch(err => {
    process.stderr.write(`${err?.stack ?? err}\n`);
    process.exitCode = 1;
  });
}
