/**
 * One bounded walk over the whole document. It indexes the elements the other modules need
 * (so they never run attribute-substring selectors, which are slow on big DOMs) and measures
 * where the prose is: detection uses the numbers (how much paragraph text, in how many
 * paragraphs, under one parent or scattered over teasers); extraction uses the container.
 *
 * Iterative with firstChild/nextSibling: 5k-deep nesting must not blow the stack, and live
 * NodeLists are slow to index in some DOMs.
 */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SELECT', 'TEXTAREA', 'MATH']);
/** Text inside these is page furniture: indexed, but not counted as prose. */
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'BUTTON', 'DIALOG', 'LABEL', 'OPTION']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'TD', 'TH', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'MAIN', 'BODY',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'CENTER', 'UL', 'OL', 'DL', 'TABLE', 'TR',
  'HEADER', 'FORM', 'FIELDSET', 'ADDRESS', 'FIGURE', 'DETAILS', 'SUMMARY',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
// Readability's heuristics: page furniture that is not the story, unless it also says it is.
const UNLIKELY = /comment|sidebar|footer|menu|navbar|breadcrumb|related|share|social|cookie|consent|newsletter|widget|promo|advert|sponsor|popup|modal|masthead|subscribe|recommend|outbrain|taboola|disqus|pagination|pager|skip-link|site-header|topbar/i;
const LIKELY = /article|body|content|main|post|entry|story|text|blog/i;
const DATEISH = /date|time|publish|posted|byline|meta|dateline|stamp/i;
const AUTHORISH = /byline|author|writer|contributor/i;
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

export const SCAN_LIMITS = {nodes: 30_000, textPerNode: 20_000, blocks: 8_000, perList: 400};

interface Block {
  el: Element;
  /** Inside an element whose class/id only suggests furniture ("sidebar"): used when nothing better exists. */
  soft: boolean;
  chars: number;
  linkChars: number;
  units: number;
  run: number;
}

/** Elements gathered during the walk (each list capped at SCAN_LIMITS.perList). */
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
  passwordInputs: number;
  anchors: Element[];
  mailtos: Element[];
  /** `<time>` elements outside furniture/comments. */
  times: Element[];
  imgs: Element[];
  itemprops: Element[];
  itemtypes: string[];
  /** Elements whose class/id suggests a date or byline, outside furniture/comments. */
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
  /** Prose-eligible text characters walked, and how many of them sat inside links. */
  textChars: number;
  linkChars: number;
  /** True when the prose measured sits only in soft furniture (comments, reviews, "sidebar" wrappers). */
  soft: boolean;
  /** `<time>` elements and byline-classed elements outside any furniture: many of them mean many items. */
  contentTimes: number;
  contentBylines: number;
  nodes: number;
  truncated: boolean;
}

const HAS_DENSE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

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

function emptyIndex(): PageIndex {
  return {
    metas: [], ldScripts: [], headLinks: [], base: null, titleEl: null, h1: [], headings: [], articles: [],
    forms: [], passwordInputs: 0, anchors: [], mailtos: [], times: [], imgs: [], itemprops: [], itemtypes: [],
    dateish: [], authorish: [],
  };
}

function push(list: Element[], el: Element): void {
  if (list.length < SCAN_LIMITS.perList) list.push(el);
}

/** 0: content; 1: class/id says furniture (soft: sites name content wrappers "sidebar-right-mix"); 2: nav/footer/aside/hidden. */
type Furniture = 0 | 1 | 2;
type Frame = {node: Node; block: Block | null; inLink: boolean; furniture: Furniture; inArticle: boolean};

export function scanContent(doc: Document): ContentScan {
  const index = emptyIndex();
  const blocks: Block[] = [];
  let nodes = 0;
  let textChars = 0;
  let contentTimes = 0;
  let contentBylines = 0;
  let linkChars = 0;
  let truncated = false;
  const root = doc.documentElement;
  const stack: Frame[] = root ? [{node: root, block: null, inLink: false, furniture: 2, inArticle: false}] : [];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    if (++nodes > SCAN_LIMITS.nodes) {
      truncated = true;
      break;
    }
    if (node.nodeType === 3) {
      if (frame.furniture === 2 || !frame.block) continue;
      const raw = node.nodeValue ?? '';
      const len = weightedLength(raw.length > SCAN_LIMITS.textPerNode ? raw.slice(0, SCAN_LIMITS.textPerNode) : raw);
      if (len === 0) continue;
      frame.block.chars += len;
      frame.block.run += len;
      if (frame.inLink) frame.block.linkChars += len;
      if (frame.furniture === 0) {
        textChars += len;
        if (frame.inLink) linkChars += len;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    let furniture: Furniture = frame.furniture;
    let inArticle = frame.inArticle;
    switch (tag) {
      case 'META': push(index.metas, el); continue;
      case 'LINK': push(index.headLinks, el); continue;
      case 'BASE': index.base ??= el; continue;
      case 'TITLE': index.titleEl ??= el; continue;
      case 'SCRIPT': {
        const type = (el.getAttribute('type') ?? '').toLowerCase().trim();
        if (type === 'application/ld+json' || type === 'application/json+ld') push(index.ldScripts, el);
        continue;
      }
      case 'BODY': furniture = 0; break;
      case 'INPUT':
        if ((el.getAttribute('type') ?? '').toLowerCase() === 'password') index.passwordInputs++;
        continue;
      case 'FORM': push(index.forms, el); break;
      case 'IMG': push(index.imgs, el); break;
      case 'H1': push(index.h1, el); break;
      case 'A': {
        const href = el.getAttribute('href');
        if (href !== null) {
          push(index.anchors, el);
          if (/^\s*mailto:/i.test(href)) push(index.mailtos, el);
        }
        break;
      }
      default:
    }
    if (SKIP_TAGS.has(tag)) continue;
    // Most elements have no attributes at all: skip the attribute reads for them.
    const attrs = el.hasAttributes();
    const ident = attrs ? `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}` : ' ';
    const role = attrs ? el.getAttribute('role') : null;
    if (FURNITURE_TAGS.has(tag) || (attrs && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) ||
        role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'dialog') {
      furniture = 2;
    } else if (furniture === 0 && ident.length > 2 && ident.length < 500 && tag !== 'BODY' && tag !== 'ARTICLE' && tag !== 'MAIN' && UNLIKELY.test(ident) && !LIKELY.test(ident)) {
      furniture = 1;
    }
    if (attrs && el.hasAttribute('itemprop')) push(index.itemprops, el);
    const itemtype = attrs ? el.getAttribute('itemtype') : null;
    if (itemtype && index.itemtypes.length < SCAN_LIMITS.perList) index.itemtypes.push(itemtype);
    if (furniture === 0) {
      if (tag === 'TIME') contentTimes++;
      if (ident.length > 1 && ident.length < 300 && AUTHORISH.test(ident)) contentBylines++;
      if (tag === 'H2' || tag === 'H3' || tag === 'H4') push(index.headings, el);
      else if (tag === 'ARTICLE' && !inArticle) push(index.articles, el);
    }
    // Dates and bylines may sit in soft furniture ("entry-meta sidebar"); callers filter comments.
    if (furniture < 2) {
      if (tag === 'TIME') push(index.times, el);
      if (ident.length > 1 && ident.length < 300) {
        if (DATEISH.test(ident)) push(index.dateish, el);
        if (AUTHORISH.test(ident)) push(index.authorish, el);
      }
    }
    if (tag === 'ARTICLE') inArticle = true;
    if (tag === 'BR' && frame.block) {
      // Text split by <br>s (old CMS pages) still forms paragraphs: count each long run.
      if (frame.block.run >= 60) frame.block.units++;
      frame.block.run = 0;
      continue;
    }
    let block = frame.block;
    if (BLOCK_TAGS.has(tag) && furniture < 2 && blocks.length < SCAN_LIMITS.blocks) {
      block = {el, soft: furniture === 1, chars: 0, linkChars: 0, units: 0, run: 0};
      blocks.push(block);
    }
    const inLink = frame.inLink || tag === 'A';
    // Push children last-to-first so they are popped in document order.
    for (let child = el.lastChild; child; child = child.previousSibling) {
      stack.push({node: child, block, inLink, furniture, inArticle});
    }
  }
  for (const b of blocks) if (b.run >= 60) b.units++;
  // Prose outside soft furniture first; a page whose only prose sits in "sidebar"-classed
  // wrappers still gets its text measured.
  let summary = summarize(blocks.filter(b => !b.soft));
  let soft = false;
  if (summary.bodyChars < 500) {
    const all = summarize(blocks);
    if (all.bodyChars > summary.bodyChars * 2) [summary, soft] = [all, true];
  }
  return {...index, ...summary, textChars, linkChars, soft, contentTimes, contentBylines, nodes, truncated};
}

type Summary = Pick<ContentScan, 'container' | 'bodyChars' | 'bodyParagraphs' | 'looseChars' | 'looseParagraphs' | 'paragraphs'>;

function summarize(blocks: Block[]): Summary {
  const scores = new Map<Element, number>();
  const byParent = new Map<Element, {chars: number; units: number}>();
  const byGrand = new Map<Element, {chars: number; units: number}>();
  const good: Block[] = [];
  for (const b of blocks) {
    const own = b.chars - b.linkChars;
    if (HEADINGS.has(b.el.tagName.toUpperCase()) || own < 50 || b.linkChars > b.chars * 0.35) continue;
    good.push(b);
    const units = Math.max(1, b.units);
    const parent = b.el.parentElement;
    if (!parent) continue;
    const score = own + Math.min(own / 100, 3) * 10;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const p = byParent.get(parent) ?? {chars: 0, units: 0};
    p.chars += own;
    p.units += units;
    byParent.set(parent, p);
    const grand = parent.parentElement;
    if (grand) {
      scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
      const g = byGrand.get(grand) ?? {chars: 0, units: 0};
      g.chars += own;
      g.units += units;
      byGrand.set(grand, g);
    }
    // A lone <p>/<div> carrying a whole article in <br>-separated runs is its own container.
    if (b.units >= 3) scores.set(b.el, (scores.get(b.el) ?? 0) + score);
  }
  let container: Element | null = null;
  let best = 0;
  for (const [el, score] of scores) if (score > best) [container, best] = [el, score];
  const top = (m: Map<Element, {chars: number; units: number}>): {chars: number; units: number} => {
    let r = {chars: 0, units: 0};
    for (const v of m.values()) if (v.chars > r.chars) r = v;
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
