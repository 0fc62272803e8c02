/**
 * The page index and the prose measurement, touching as few nodes from script as possible.
 *
 * A content script runs in an isolated world: every node script touches gets a wrapper made for
 * that world, and the script is cold on every page load, so walking every node costs
 * microseconds per node (tens of milliseconds on a big page). Native selector matching costs
 * nanoseconds per node and wraps only the matches. So the index is a handful of targeted
 * `querySelectorAll` calls, each capped, and prose is measured over paragraph-like blocks
 * (`p`, `li`, `td`, … and `div`s that carry their own `<br>`-separated text) by one
 * `textContent` per block (the queries: queries.ts). Whether an element sits in page furniture (nav,
 * footer, a "sidebar" wrapper) is decided by a memoised walk up its ancestors, shared by all matches
 * (places.ts).
 *
 * Detection uses the numbers (how much paragraph text, in how many paragraphs, under one parent
 * or scattered over teasers); extraction uses the container.
 */

import {ANCHORS, BLOCKS, DATE_AUTHOR, DIV_BRS, hasAnyToken, IMAGES, itempropQuery, RARE, RARE_KINDS, RARE_LIST, scriptedDom, type Query, type RareKind} from './queries';
import {Places, SKIP_TAGS, within, type Place} from './places';

/** Measured as blocks, but never one of the body's paragraphs. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const DATEISH = /date|time|publish|posted|byline|meta|dateline|stamp/i;
const AUTHORISH = /byline|author|autor|auteur|writer|contributor/i;
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const HAS_DENSE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The microdata properties a page's byline and dates are read from. */
const MICRODATA = ['author', 'creator', 'datepublished', 'datecreated', 'datemodified'];

/** `make()`, called once, when first asked for. */
function once<T>(make: () => T): () => T {
  let made: {value: T} | null = null;
  return () => (made ??= {value: make()}).value;
}


export const SCAN_LIMITS = {
  /** Paragraph-like blocks measured, in document order. */
  blocks: 3000,
  /** Elements of the rare-element query kept. */
  rare: 5000,
  /** Pages with more elements than this are not searched with native selectors (see scanContent). */
  nativeElements: 20_000,
  /** Elements looked at, in document order, where selectors are not used (huge pages, jsdom). */
  walk: 20_000,
  /** Characters of the blocks' text kept as a sample of the page's language (blockText). */
  blockText: 4000,
  /** Characters of one block's text measured. */
  textPerBlock: 20_000,
  /** Ancestor steps of the furniture walk, over all elements. */
  ancestors: 20_000,
  /** <h2>s, <h3>/<h4>s and <time>s placed, each kind in document order. */
  headings: 60,
  /** Elements kept per index list. */
  perList: 400,
  /** Links whose text is measured per block. */
  linksPerBlock: 60,
  /** Nodes walked inside one block to split it at `<br>`s. */
  brWalk: 2000,
};

interface Block {
  el: Element;
  /** Inside an element whose class/id only suggests furniture ("sidebar"): used when nothing better exists. */
  soft: boolean;
  chars: number;
  linkChars: number;
  units: number;
}

/** Elements gathered by the index (each list capped at SCAN_LIMITS.perList). */
export interface PageIndex {
  metas: Element[];
  ldScripts: Element[];
  headLinks: Element[];
  base: Element | null;
  titleEl: Element | null;
  h1: Element[];
  /** h2–h4 outside furniture. */
  headings: Element[];
  /** `<article>` elements not nested in another one, outside furniture. */
  articles: Element[];
  forms: Element[];
  /** The page's footer: the first `<footer>`, `#footer` or `.footer` (for the site's name in its copyright line). */
  footer: Element | null;
  passwordInputs: number;
  anchors: Element[];
  mailtos: Element[];
  /** `<time>` elements outside nav/footer/aside (callers filter comments). */
  times: Element[];
  imgs: Element[];
  /** The same, inside `root` only (one scoped query: the article's pictures, not the page's). */
  imagesIn: (root: Element) => Element[];
  /** Microdata properties named one of `tokens` (lower case), in document order, inside `root` if given. */
  itemprop: (tokens: readonly string[], root?: Element) => Element[];
  itemtypes: string[];
  /** Elements whose class/id suggests a date or byline, outside nav/footer/aside (callers filter comments). */
  dateish: Element[];
  authorish: Element[];
}

export interface ContentScan extends PageIndex {
  /** The element holding the main prose (by Readability-like parent scoring), or null. */
  container: Element | null;
  /** Qualifying paragraphs that share one parent: the article body proper. */
  bodyChars: number;
  bodyParagraphs: number;
  /** Same, grouped one level higher (paragraphs wrapped in their own divs). */
  looseChars: number;
  looseParagraphs: number;
  /** Paragraph blocks of the container, in document order (for description, byline, e-mail). */
  paragraphs: Element[];
  /**
   * The first 4,000 characters of the blocks' text outside furniture, as read for measuring: a page
   * without paragraphs is sampled for its language from it, not from a read of the whole body (whose
   * inline scripts may hold hundreds of kilobytes).
   */
  blockText: string;
  /** Block text characters measured outside furniture, and how many of them sat inside links. */
  textChars: number;
  linkChars: number;
  /** True when the prose measured sits only in soft furniture (comments, reviews, "sidebar" wrappers). */
  soft: boolean;
  /** `<time>` elements and byline-classed elements outside any furniture: many of them mean many items. */
  contentTimes: number;
  /** Bylines (outermost byline-classed elements: one byline's avatar, name and date count once), outside any furniture. */
  contentBylines: number;
  /** The same, also in soft furniture (comments, reviews). */
  bylineItems: number;
  /** Blocks measured. */
  nodes: number;
  /** A cap was reached: the numbers describe the start of the page only. */
  truncated: boolean;
}

/** Characters of text (runs of indentation count once); hot path, so no allocation for plain text. */
function weightedLength(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  let len = trimmed.length;
  // Pretty-printed HTML indents text: subtract long whitespace runs cheaply.
  if (trimmed.includes('  ') || trimmed.includes('\n')) len = trimmed.replace(/\s+/g, ' ').length;
  // Chinese/Japanese/Korean carry roughly three times the information per character.
  if (HAS_DENSE.test(trimmed)) len += (trimmed.match(DENSE_SCRIPT)?.length ?? 0) * 2;
  return len;
}

function textLength(el: Element, sample?: {text: string}): number {
  const raw = el.textContent ?? '';
  const room = SCAN_LIMITS.blockText - (sample?.text.length ?? SCAN_LIMITS.blockText);
  if (sample && room > 0) sample.text += `${raw.slice(0, room)}\n`;
  return weightedLength(raw.length > SCAN_LIMITS.textPerBlock ? raw.slice(0, SCAN_LIMITS.textPerBlock) : raw);
}

/** Runs of text between `<br>`s of at least 60 characters (old CMS pages write paragraphs so). */
function brUnits(el: Element): number {
  let units = 0;
  let run = 0;
  const stack: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  let n = 0;
  while (stack.length > 0 && n++ < SCAN_LIMITS.brWalk) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      run += weightedLength(node.nodeValue ?? '');
    } else if (node.nodeType === 1) {
      const tag = (node as Element).localName;
      if (tag === 'br') {
        if (run >= 60) units++;
        run = 0;
      } else if (!SKIP_TAGS.has(tag)) {
        for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
      }
    }
  }
  if (run >= 60) units++;
  return units;
}

/** Has the element a text child of its own of more than 40 characters? (bounded) */
function hasOwnText(el: Element): boolean {
  let n = 0;
  for (let c = el.firstChild; c && n < 200; c = c.nextSibling, n++) {
    if (c.nodeType === 3 && weightedLength(c.nodeValue ?? '') > 40) return true;
  }
  return false;
}

export function scanContent(doc: Document): ContentScan {
  let truncated = false;
  const places = new Places(SCAN_LIMITS.ancestors);
  const where = (el: Element): Place => places.of(el);
  const L = SCAN_LIMITS.perList;
  const scripted = scriptedDom(doc);
  // Native selector matching costs ~10 ns per element per selector in a list: nothing on ordinary
  // pages, but ~60 ms on a 100,000-element page (issue 7's budget is 50 ms). Past a size, and in
  // jsdom, the first elements in document order are collected once and each query tests them.
  const huge = !scripted && doc.getElementsByTagName('*').length > SCAN_LIMITS.nativeElements;
  let walked: Element[] | null = null;
  const elements = (): Element[] => {
    if (walked) return walked;
    const list: Element[] = [];
    if (scripted) {
      // Preorder over elements only, without live collections (jsdom's look up named items on every access).
      let el: Element | null = doc.documentElement;
      while (el) {
        if (list.length >= SCAN_LIMITS.walk) {
          truncated = true;
          break;
        }
        list.push(el);
        if (el.firstElementChild) {
          el = el.firstElementChild;
          continue;
        }
        while (el && !el.nextElementSibling) el = el.parentElement;
        el = el ? el.nextElementSibling : null;
      }
    } else {
      const live = doc.getElementsByTagName('*');
      const n = Math.min(live.length, SCAN_LIMITS.walk);
      for (let i = 0; i < n; i++) list.push(live.item(i) as Element);
      if (live.length > n) truncated = true;
    }
    return (walked = list);
  };
  /** Matches of `q` under `root`, in document order, at most `max`. */
  const all = (q: Query, max: number, root: Document | Element = doc): Element[] => {
    const out: Element[] = [];
    if (scripted || huge) {
      for (const el of elements()) {
        if (out.length >= max) break;
        if (q.test(el) && (root === doc || (root !== el && root.contains(el)))) out.push(el);
      }
    } else {
      const els = root.querySelectorAll(q.selector);
      for (let i = 0; i < els.length && out.length < max; i++) {
        const el = els.item(i);
        if (el) out.push(el);
      }
    }
    return out;
  };

  const metas: Element[] = [];
  const ldScripts: Element[] = [];
  const headLinks: Element[] = [];
  const h1: Element[] = [];
  const h2: Element[] = [];
  const h34: Element[] = [];
  const articles: Element[] = [];
  const forms: Element[] = [];
  const mailtos: Element[] = [];
  const times: Element[] = [];
  const itemtypes: string[] = [];
  const push = (list: Element[], el: Element): void => {
    if (list.length < L) list.push(el);
  };
  // The rare elements by kind, each in document order: natively one fast query per kind, made when
  // first asked for; in script one pass over the elements, split with the same tests.
  const found = new Map<RareKind, Element[]>();
  if (scripted || huge) {
    for (const [kind] of RARE_LIST) found.set(kind, []);
    const els = all(RARE, SCAN_LIMITS.rare);
    if (els.length >= SCAN_LIMITS.rare) truncated = true;
    for (const el of els) for (const [kind, q] of RARE_LIST) if (q.test(el)) found.get(kind)?.push(el);
  }
  /** The first `max` of a kind (where only the first few are read, the rest are not wrapped at all). */
  const rare = (kind: RareKind, max: number = SCAN_LIMITS.rare): Element[] => {
    let els = found.get(kind);
    if (!els) {
      found.set(kind, (els = all(RARE_KINDS[kind], max)));
      if (els.length >= SCAN_LIMITS.rare) truncated = true;
    }
    return els.length > max ? els.slice(0, max) : els;
  };
  for (const el of rare('meta')) push(metas, el);
  for (const el of rare('link')) push(headLinks, el);
  const base = rare('base')[0] ?? null;
  const titleEl = rare('title').find(el => !within(el, 'svg')) ?? null;
  for (const el of rare('ldScript')) {
    const type = (el.getAttribute('type') ?? '').toLowerCase().trim();
    if (type === 'application/ld+json' || type === 'application/json+ld') push(ldScripts, el);
  }
  const passwordInputs = rare('password').length;
  for (const el of rare('h1')) if (where(el) < 3) push(h1, el);
  // Headings and times tell a listing by the first few dozen: a product grid's 300 <h3>s need not all be
  // placed (each is a walk up its ancestors).
  for (const el of rare('h2', SCAN_LIMITS.headings)) if (where(el) === 0) push(h2, el);
  for (const el of rare('h34', SCAN_LIMITS.headings)) if (where(el) === 0) push(h34, el);
  for (const el of rare('article')) if (where(el) === 0 && !within(el.parentElement, 'article')) push(articles, el);
  for (const el of rare('form')) push(forms, el);
  for (const el of rare('time', SCAN_LIMITS.headings)) if (where(el) < 2) push(times, el);
  for (const el of rare('mailto')) if (/^\s*mailto:/i.test(el.getAttribute('href') ?? '')) push(mailtos, el);
  for (const el of rare('itemtype')) {
    const itemtype = el.getAttribute('itemtype');
    if (itemtype && itemtypes.length < L) itemtypes.push(itemtype);
  }
  // h2s first, then h3s and h4s: callers that care for order look at h2s only.
  const headings = [...h2, ...h34].slice(0, L);
  const contentTimes = times.filter(el => where(el) === 0).length;
  const anchors = all(ANCHORS, L);
  // Read on some pages only (microdata bylines and dates when JSON-LD and meta tags say nothing; the site's
  // name in a logo or the copyright line; a picture when none is declared): found when first asked for.
  // Only the properties read (a shop lists hundreds of products' microdata, each to be wrapped for the content
  // script's world): the byline and date ones in one query, when first asked for; others inside an element.
  const microdata = once(() => all(itempropQuery(MICRODATA), L));
  const itemprop = (tokens: readonly string[], root?: Element): Element[] => {
    if (root || tokens.some(t => !MICRODATA.includes(t))) return all(itempropQuery(tokens), L, root);
    return microdata().filter(el => hasAnyToken(el, 'itemprop', tokens));
  };
  const imagesIn = (root: Document | Element): Element[] => all(IMAGES, 150, root).filter(el => where(el) < 3);
  const imgs = once(() => imagesIn(doc));
  // The page's footer: #footer, else the first <footer> or class="footer", whichever comes first.
  const footer = once(() => {
    const [tagged, classed] = [rare('footer')[0], rare('footerClass')[0]];
    return doc.getElementById('footer') ?? (tagged && classed ? (tagged.compareDocumentPosition(classed) & 4 ? tagged : classed) : tagged ?? classed ?? null);
  });

  // Prose: paragraph-like blocks, plus divs that write their paragraphs as <br>-separated text.
  const blocks: Block[] = [];
  const byEl = new Map<Element, Block>();
  const sample = {text: ''};
  const add = (el: Element, place: Place): void => {
    const chars = textLength(el, place === 0 ? sample : undefined);
    const b: Block = {el, soft: place === 1, chars, linkChars: 0, units: 0};
    // A block without child elements has no links and no <br>s: no collections to ask for.
    const parent = chars > 0 && el.childElementCount > 0;
    if (parent) {
      const links = el.getElementsByTagName('a');
      // Read through the prototype: jsdom's collections look up a named item on every property access.
      const item = links.item;
      const n = Math.min(links.length, SCAN_LIMITS.linksPerBlock);
      // A short block with a link (a menu item, a teaser's heading, a tag) is taken for all link: it
      // could not count as prose anyway (under 50 characters), and its links need not be measured.
      if (n > 0 && chars < 50) b.linkChars = chars;
      else for (let j = 0; j < n; j++) {
        const a = item.call(links, j);
        if (a) b.linkChars += textLength(a);
      }
      b.linkChars = Math.min(b.linkChars, chars);
    }
    b.units = parent && chars >= 120 && el.getElementsByTagName('br').length > 0 ? brUnits(el) : chars >= 60 ? 1 : 0;
    blocks.push(b);
    byEl.set(el, b);
  };
  const candidates = all(BLOCKS, SCAN_LIMITS.blocks);
  if (candidates.length >= SCAN_LIMITS.blocks) truncated = true;
  for (const el of candidates) if (where(el) < 2) add(el, where(el));
  const brs = all(DIV_BRS, L);
  let last: Element | null = null;
  for (let i = 0, divs = 0; i < brs.length && divs < 200; i++) {
    const el = brs[i]?.parentElement;
    if (!el || el === last || byEl.has(el)) continue;
    last = el;
    if (!hasOwnText(el) || where(el) >= 2) continue;
    add(el, where(el));
    divs++;
  }
  // A block's text includes its nested blocks' ("<li><p>…</p></li>"): count each character once.
  for (const b of blocks) {
    let o: Block | undefined;
    let cur = b.el.parentElement;
    for (let i = 0; cur && i < 8 && !o; i++, cur = cur.parentElement) o = byEl.get(cur);
    if (o) {
      o.chars = Math.max(0, o.chars - b.chars);
      o.linkChars = Math.max(0, Math.min(o.chars, o.linkChars - b.linkChars));
      if (o.units > 0 && o.chars < 60) o.units = 0;
    }
  }
  let textChars = 0;
  let linkChars = 0;
  for (const b of blocks) {
    if (b.soft) continue;
    textChars += b.chars;
    linkChars += b.linkChars;
  }
  // Prose outside soft furniture first; a page whose only prose sits in "sidebar"-classed
  // wrappers still gets its text measured.
  let summary = summarize(blocks.filter(b => !b.soft));
  let soft = false;
  if (summary.bodyChars < 500) {
    const everything = summarize(blocks);
    if (everything.bodyChars > summary.bodyChars * 2) [summary, soft] = [everything, true];
  }

  // Dates and bylines: looked for around the headline, the text and the top-level <article>s.
  const scopes: Element[] = [];
  const addScope = (el: Element | null | undefined): void => {
    if (!el || el === doc.body || el === doc.documentElement) return;
    if (scopes.some(s => s.contains(el))) return;
    for (let i = scopes.length - 1; i >= 0; i--) if (el.contains(scopes[i] as Element)) scopes.splice(i, 1);
    scopes.push(el);
  };
  /** `el`'s ancestor `levels` up, or the highest one below <body> (a post written straight into <body>). */
  const up = (el: Element | undefined | null, levels: number): Element | null => {
    let out: Element | null = null;
    for (let cur = el?.parentElement ?? null, i = 0; cur && i < levels && cur !== doc.body && cur !== doc.documentElement; cur = cur.parentElement, i++) out = cur;
    return out ?? el ?? null;
  };
  const headline = h1.find(el => where(el) < 2) ?? h1[0];
  addScope(up(headline, 3));
  addScope(up(summary.container, 2));
  for (const article of articles.slice(0, 3)) addScope(article);
  const dateish: Element[] = [];
  const authorish: Element[] = [];
  let contentBylines = 0;
  let bylineItems = 0;
  let outer: Element | null = null;
  const ident = (el: Element): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  const search = (scope: Element): void => {
    for (const el of all(DATE_AUTHOR, L * 2, scope)) {
      if (!DATE_AUTHOR.test(el)) continue; // the selector is a superset (classQuery)
      const id = ident(el);
      if (id.length >= 300) continue;
      const place = where(el);
      if (place >= 2) continue;
      if (DATEISH.test(id) && dateish.length < L) dateish.push(el);
      if (AUTHORISH.test(id) && authorish.length < L) {
        authorish.push(el);
        // Within a scope matches come in document order: a byline's parts follow their wrapper.
        if (outer?.contains(el)) continue;
        outer = el;
        bylineItems++;
        if (place === 0) contentBylines++;
      }
    }
  };
  for (const scope of scopes) search(scope);
  // Nothing there: one level wider around the text (malformed markup nests sn.dk's paragraph containers one in
  // another, which puts the dateline and byline a level further out).
  const wider = dateish.length === 0 && authorish.length === 0 ? up(summary.container, 3) : null;
  if (wider && !scopes.some(scope => scope.contains(wider))) search(wider);
  // Scopes are disjoint: put their finds in document order.
  if (scopes.length > 1) {
    const order = (x: Element, y: Element): number => (x.compareDocumentPosition(y) & 4 ? -1 : 1);
    dateish.sort(order);
    authorish.sort(order);
  }

  truncated ||= places.exhausted;
  return {
    metas, ldScripts, headLinks, base, titleEl, h1, headings, articles, forms, passwordInputs, anchors, mailtos,
    times, itemtypes, dateish, authorish,
    get footer() {
      return footer();
    },
    get imgs() {
      return imgs();
    },
    imagesIn,
    itemprop,
    ...summary, blockText: sample.text, textChars, linkChars, soft, contentTimes, contentBylines, bylineItems, nodes: blocks.length, truncated,
  };
}

/**
 * The element a block stands in among others. Usually its parent; page builders (Elementor, Divi) wrap
 * each paragraph in a chain of elements of its own ("widget > widget-container > p"), so the paragraphs
 * of one article would each have a parent of their own and never add up: through a chain of two or more
 * such wrappers, the first element holding more than the chain. (One wrapper is a lead or a pull quote
 * set apart on purpose: "<div class="manchet"><p>…".)
 */
function wrapperOf(el: Element): Element | null {
  const parent = el.parentElement;
  let up: Element | null = parent;
  let levels = 0;
  while (levels < 6 && up && up.childElementCount === 1) {
    const next: Element | null = up.parentElement;
    if (!next || next.localName === 'body' || next.localName === 'html') break;
    up = next;
    levels++;
  }
  return levels >= 2 ? up : parent;
}

type Summary = Pick<ContentScan, 'container' | 'bodyChars' | 'bodyParagraphs' | 'looseChars' | 'looseParagraphs' | 'paragraphs'>;

const LONG_PARAGRAPH = 1500;

function summarize(blocks: Block[]): Summary {
  const scores = new Map<Element, number>();
  // `weight`: the characters that decide which wrapper holds the text, one paragraph counting up to LONG_PARAGRAPH
  // (a teaser list's one 3,000-character description must not outweigh a 14-paragraph article, twoa.ac.nz).
  const byParent = new Map<Element, {chars: number; units: number; weight: number}>();
  const byGrand = new Map<Element, {chars: number; units: number; weight: number}>();
  const good: Block[] = [];
  for (const b of blocks) {
    const own = b.chars - b.linkChars;
    if (own < 50 || b.linkChars > b.chars * 0.35 || HEADINGS.has(b.el.localName)) continue;
    good.push(b);
    const units = Math.max(1, b.units);
    const parent = wrapperOf(b.el);
    if (!parent) continue;
    const weight = units >= 3 ? own : Math.min(own, LONG_PARAGRAPH);
    const score = weight + Math.min(own / 100, 3) * 10;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const p = byParent.get(parent) ?? {chars: 0, units: 0, weight: 0};
    p.chars += own;
    p.units += units;
    p.weight += weight;
    byParent.set(parent, p);
    const grand = parent.parentElement;
    if (grand) {
      scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
      const g = byGrand.get(grand) ?? {chars: 0, units: 0, weight: 0};
      g.chars += own;
      g.units += units;
      g.weight += weight;
      byGrand.set(grand, g);
    }
    // A lone <p>/<div> carrying a whole article in <br>-separated runs is its own container.
    if (b.units >= 3) scores.set(b.el, (scores.get(b.el) ?? 0) + score);
  }
  let container: Element | null = null;
  let best = 0;
  for (const [el, score] of scores) if (score > best) [container, best] = [el, score];
  const top = (m: Map<Element, {chars: number; units: number; weight: number}>): {chars: number; units: number} => {
    let r = {chars: 0, units: 0, weight: 0};
    for (const v of m.values()) if (v.weight > r.weight || (v.weight === r.weight && v.chars > r.chars)) r = v;
    return r;
  };
  const body = top(byParent);
  const loose = top(byGrand);
  const paragraphs: Element[] = [];
  if (container) {
    for (const b of good) {
      if (paragraphs.length >= 500) break;
      if (container.contains(b.el)) paragraphs.push(b.el);
    }
  }
  return {container, bodyChars: body.chars, bodyParagraphs: body.units, looseChars: loose.chars, looseParagraphs: loose.units, paragraphs};
}
