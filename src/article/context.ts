/**
 * Everything the detector and the extractor read more than once, gathered in one pass:
 * meta tags, JSON-LD nodes, the article's own JSON-LD node, headings and the content scan.
 */
import {collectJsonLd, isArticleNode, type JsonNode} from './jsonld';
import {scanContent, type ContentScan} from './content';
import {documentBase, isHomePath, sameSite, stripTracking, toHttpUrl} from './urls';
import {cleanText} from './text';

const MAX_META = 400;

export interface PageContext {
  doc: Document;
  /** The page URL without tracking parameters/fragment; null if not http(s). */
  page: URL | null;
  /** Base for relative URLs (`<base href>` aware). */
  base: string;
  /** Meta values by lower-cased `property`/`name`/`itemprop` key, in document order. */
  meta: Map<string, string[]>;
  jsonld: JsonNode[];
  /** The JSON-LD node describing this page's article (or null). */
  article: JsonNode | null;
  articleNodes: number;
  /** The page's <h1>s that may be its headline (not a masthead), and their texts. */
  headlines: Element[];
  h1: string[];
  /** The text of an <h1> that links home (Blogger's, old WordPress themes' masthead): the site's name. */
  masthead: string | null;
  docTitle: string;
  scan: ContentScan;
}

/** Characters of one meta value read. */
const MAX_META_VALUE = 5000;
const ADDRESS = /^\s*(?:https?:|data:|\/)/i;

/**
 * Meta tags by every key they declare, from `content` only: `<meta name='author' value='…'>` is not HTML
 * (blog.python.org's template credits its designer so, not the post's writer).
 */
function readMeta(els: readonly Element[]): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  const limit = Math.min(els.length, MAX_META);
  for (let i = 0; i < limit; i++) {
    const el = els[i];
    if (!el) continue;
    let content = el.getAttribute('content');
    if (content === null) continue;
    // An address this long is junk (or a data: URL), but a long text is still the page's own summary
    // (a post's whole text as twitter:description): cut it, every reader caps its field further.
    if (content.length > MAX_META_VALUE) {
      if (ADDRESS.test(content)) continue;
      content = content.slice(0, MAX_META_VALUE);
    }
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr);
      if (!key || key.length > 100) continue;
      // One attribute may carry several keys ("og:title twitter:title").
      for (const k of key.toLowerCase().split(/\s+/)) {
        if (k === '') continue;
        const list = meta.get(k) ?? [];
        list.push(content);
        meta.set(k, list);
      }
    }
  }
  return meta;
}

/** The JSON-LD node for this page's article: an article type, preferring one whose URL is this page. */
function pickArticle(nodes: JsonNode[], page: URL | null): {node: JsonNode | null; count: number} {
  const articles = nodes.filter(isArticleNode);
  if (articles.length === 0) return {node: null, count: 0};
  const path = page?.pathname.replace(/\/$/, '') ?? '';
  const matching = articles.find(n => {
    const u = n['url'] ?? n['@id'] ?? n['mainEntityOfPage'];
    const s = typeof u === 'string' ? u : typeof u === 'object' && u !== null ? (u as JsonNode)['@id'] : null;
    if (typeof s !== 'string' || path === '') return false;
    const parsed = toHttpUrl(s, page?.href);
    return parsed !== null && parsed.pathname.replace(/\/$/, '') === path;
  });
  const withHeadline = articles.find(n => typeof n['headline'] === 'string');
  return {node: matching ?? withHeadline ?? articles[0] ?? null, count: articles.length};
}

/** Text for screen readers only, by the names sites give it (Bootstrap, WordPress, Twitter, GOV.UK…). */
const VISUALLY_HIDDEN = /(?:^|\s)(?:sr-only|screen-reader-text|screenreader-only|visually-?hidden|visuallyhidden|u-hiddenvisually|hidden-visually|a11y-hidden|offscreen|assistive-text)(?:\s|$)/i;

/** Has a letter or a digit (in any script). */
const WORDY = /[\p{L}\p{N}]/u;

/**
 * The permalink a documentation or blog theme puts in each heading: a link to the heading itself whose text
 * is a sign, not a word ("¶" in Sphinx, "#" in MkDocs, Hugo and GitHub's READMEs, "§", "🔗").
 */
function isPermalink(el: Element): boolean {
  if (el.localName !== 'a' || !(el.getAttribute('href') ?? '').startsWith('#')) return false;
  const text = (el.textContent ?? '').trim();
  return text.length <= 3 && !WORDY.test(text);
}

/**
 * A heading's text as it is shown: <br> read as a space ("Skontaktuj<br>się" is two words), text for
 * screen readers only left out ("Reuters<span class="u-hiddenVisually">Verified account</span>"), and so is
 * a permalink sign ("Evolve: Shared Mutable History¶"); bounded.
 */
export function headingText(el: Element): string {
  let out = '';
  const stack: Node[] = [el];
  let n = 0;
  while (stack.length > 0 && n++ < 500 && out.length < 1000) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      const tag = child.localName;
      if (tag === 'br') out += ' ';
      else if (tag === 'script' || tag === 'style') continue;
      // (A hidden separator stays: "Zugverkehr<span class="visually-hidden">: </span>Im ICE…" reads as one title.)
      if (child !== el && (isPermalink(child) || (child.hasAttributes() && (child.hasAttribute('hidden') ||
          VISUALLY_HIDDEN.test(child.getAttribute('class') ?? '')) && WORDY.test((child.textContent ?? '').slice(0, 200))))) continue;
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out;
}

/** A heading that is a link (the link carries its text, not a word of it), and where it leads. */
export function headingLink(heading: Element, base: string): {link: Element; target: URL} | null {
  const link = heading.getElementsByTagName('a')[0];
  if (!link || (link.textContent ?? '').trim().length < (heading.textContent ?? '').trim().length * 0.7) return null;
  const target = toHttpUrl(link.getAttribute('href'), base);
  return target ? {link, target} : null;
}

/**
 * `<h1><a href="/">Acme Notes</a></h1>`: the site's name as a link home, on every page (Blogger and
 * older WordPress themes), not this page's headline.
 */
function isMasthead(el: Element, base: string, page: URL | null): boolean {
  const target = headingLink(el, base)?.target;
  return target !== undefined && isHomePath(target) && (!page || sameSite(target, page));
}

/**
 * vBulletin's and phpBB's "Thread: <span>Title</span>": the forum's label before the thread's title, and a
 * record page's "Title:" (arXiv's `<span class="descriptor">Title:</span>Attention Is All You Need`, with no
 * space in the text). Not "Tema:" or "Thema:", which newspapers put in their headlines ("Tema: Digital ledelse").
 */
const FORUM_LABEL = /^(?:(?:thread|topic|tråd|sujet|discussione|onderwerp|wątek|tópico|ämne|aihe)\s*:\s+|(?:title|titel|titre|título|titolo|tytuł)\s*:\s*)(?=\S)/i;

export function buildContext(doc: Document, pageUrl: string): PageContext {
  const parsed = toHttpUrl(pageUrl);
  const page = parsed ? stripTracking(parsed) : null;
  const scan = scanContent(doc);
  const jsonld = collectJsonLd(scan.ldScripts);
  const {node, count} = pickArticle(jsonld, page);
  const base = documentBase(scan.base, page?.href ?? pageUrl);
  // Not the <h1>s of a menu's flyouts (stuttgart.de titles each menu panel with one: "Rathaus", "Bildung", …).
  const outsideMenus = scan.h1.slice(0, 50).filter(el => !el.closest('nav'));
  const headlines = outsideMenus.filter(el => !isMasthead(el, base, page));
  const mastheadEl = outsideMenus.find(el => !headlines.includes(el));
  const masthead = mastheadEl ? cleanText(headingText(mastheadEl), 80) : '';
  const h1: string[] = [];
  for (const el of headlines.slice(0, 10)) {
    const t = cleanText(headingText(el), 400).replace(FORUM_LABEL, '');
    if (t) h1.push(t);
  }
  return {
    doc,
    page,
    base,
    meta: readMeta(scan.metas),
    jsonld,
    article: node,
    articleNodes: count,
    headlines,
    h1,
    masthead: masthead.length >= 2 && masthead.length <= 60 ? masthead : null,
    docTitle: cleanText(scan.titleEl?.textContent ?? '', 600),
    scan,
  };
}

const texts = new WeakMap<PageContext, Map<Element, string>>();
/**
 * An element's textContent, read once per extraction: each read copies all the text under it (5 MB
 * for a huge text node), and the paragraphs are read by the sampler, the byline, date, description
 * and contact readers alike.
 */
export function textContentOf(ctx: PageContext, el: Element): string {
  let known = texts.get(ctx);
  if (!known) texts.set(ctx, (known = new Map()));
  let text = known.get(el);
  if (text === undefined) known.set(el, (text = el.textContent ?? ''));
  return text;
}

/** First non-empty meta value among `keys` (in key priority order). */
export function metaValue(ctx: PageContext, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const v of ctx.meta.get(key) ?? []) if (v.trim() !== '') return v;
  }
  return null;
}
