/**
 * What the page index asks the DOM for: each query is a selector for browsers (native matching) and
 * the very same test as a predicate for DOMs written in script (jsdom); see content.ts.
 */

/**
 * A query: a selector for DOMs with native selector matching (browsers), and the very same test
 * as a predicate for DOMs written in script (jsdom), where matching selectors costs far more than
 * looking at every element. Both give the same elements in document order.
 */
export interface Query {
  selector: string;
  test: (el: Element) => boolean;
}

/**
 * Elements whose class (or id) names one of the words given for that attribute, as sites spell them:
 * "date" and "Date" ("post-date", "postDate"). `[class*=w]` is case-sensitive, and the `i` flag doubles
 * its cost, so the selector asks for each word without its first letter where that is still distinctive
 * ("uthor" for author and Author), which halves the list: each selector in a list costs ~10 ns per
 * element (see scanContent). The words sit inside `[class]:is(…)`, so that an element without the
 * attribute is turned down by one check instead of one per word (20-40 % less on big pages). That
 * selector is a superset; `test` is the exact rule, applied to every match.
 */
function classQuery(byAttr: Record<string, Record<string, boolean>>): Query {
  const both = (w: string): string[] => [w, (w[0] ?? '').toUpperCase() + w.slice(1)];
  const attrs = Object.entries(byAttr).map(([attr, words]) => ({
    attr,
    spellings: Object.keys(words).flatMap(both),
    stems: Object.entries(words).flatMap(([w, short]) => (short ? [w.slice(1)] : both(w))),
  }));
  return {
    selector: attrs.map(({attr, stems}) => `[${attr}]:is(${stems.map(w => `[${attr}*="${w}"]`).join(',')})`).join(','),
    test: el => attrs.some(({attr, spellings}) => {
      const v = el.getAttribute(attr);
      return v !== null && spellings.some(w => v.includes(w));
    }),
  };
}
// true: the word without its first letter is still rare in class names; "ate", "ime" and "eta" are not
// ("template", "dimension", "details").
// "entry-autor" (Polish, German, Spanish themes), "auteur" (French).
const AUTHOR_WORDS = {byline: true, author: true, autor: false, auteur: true, writer: true, contributor: true};
/** Byline and date elements: looked for around the headline and the text only (the words are common). */
export const DATE_AUTHOR: Query = classQuery({
  class: {...AUTHOR_WORDS, date: false, time: false, publish: true, posted: true, meta: false, stamp: true},
  id: AUTHOR_WORDS,
});

const BLOCK_NAMES = ['p', 'li', 'td', 'th', 'dd', 'dt', 'pre', 'blockquote', 'figcaption', 'address', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const BLOCK_SET = new Set(BLOCK_NAMES);
/**
 * Elements whose own text is measured as one block (text in inline children included).
 * Natively, blocks inside nav/footer/aside are left out at once (a mega-menu's 200 <li>s would each be
 * wrapped for the content script's world only to be found to be furniture); in script, where() does it.
 */
export const BLOCKS: Query = {selector: `:is(${BLOCK_NAMES.join(', ')}):not(nav *, footer *, aside *)`, test: el => BLOCK_SET.has(el.localName)};
/** `<br>`s in `<div>`s: their parents may write paragraphs as `<br>`-separated text. */
export const DIV_BRS: Query = {selector: 'div > br', test: el => el.localName === 'br' && el.parentElement?.localName === 'div'};
const tagQuery = (name: string): Query => ({selector: name, test: el => el.localName === name});
/** Elements of <head>'s kinds: read for what they are, never as microdata or a footer. */
const HEADISH = new Set(['meta', 'link', 'base', 'title', 'script']);
const notHeadish = ':not(meta, link, base, title, script)';
/**
 * The few elements the index needs besides links, images and blocks, by kind. Natively each kind is
 * its own query: one selector is matched on a fast path, while a list of 20 costs each element 20
 * checks (2-3x the time on a 4,000-element page). Scripts and inputs only of the kinds read (JSON-LD;
 * passwords): a shop's 250 inputs would each be wrapped for the content script's world for nothing.
 */
export const RARE_KINDS = {
  meta: tagQuery('meta'),
  link: tagQuery('link'),
  base: tagQuery('base'),
  title: tagQuery('title'),
  // Natively any JSON script (one selector instead of two): scanContent keeps the JSON-LD ones by their exact type.
  ldScript: {selector: 'script[type*="json" i]', test: el => el.localName === 'script' && /ld\+json|json\+ld/i.test(el.getAttribute('type') ?? '')},
  password: {selector: 'input[type="password" i]', test: el => el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'password'},
  h1: tagQuery('h1'),
  h2: tagQuery('h2'),
  h34: {selector: 'h3, h4', test: el => el.localName === 'h3' || el.localName === 'h4'},
  article: tagQuery('article'),
  form: tagQuery('form'),
  footer: tagQuery('footer'),
  time: tagQuery('time'),
  mailto: {selector: 'a[href^="mailto:" i]', test: el => el.localName === 'a' && (el.getAttribute('href') ?? '').slice(0, 7).toLowerCase() === 'mailto:'},
  itemtype: {selector: `[itemtype]${notHeadish}`, test: el => el.hasAttribute('itemtype') && !HEADISH.has(el.localName)},
  footerClass: {selector: `.footer${notHeadish}`, test: el => isFooterClass(el) && !HEADISH.has(el.localName)},
} satisfies Record<string, Query>;
export type RareKind = keyof typeof RARE_KINDS;
export const RARE_LIST = Object.entries(RARE_KINDS) as [RareKind, Query][];
const RARE_TAGS = new Set(['meta', 'link', 'base', 'title', 'h1', 'h2', 'h3', 'h4', 'article', 'form', 'footer', 'time']);
/**
 * All the kinds at once, for one pass where elements are tested in script: the union of their tests,
 * reading each element's name once (a huge page's 20,000 elements would otherwise be asked 17 times).
 */
export const RARE: Query = {
  selector: RARE_LIST.map(([, q]) => q.selector).join(', '),
  test: el => {
    const name = el.localName;
    if (RARE_TAGS.has(name)) return true;
    if (name === 'script') return RARE_KINDS.ldScript.test(el);
    if (name === 'input' && RARE_KINDS.password.test(el)) return true;
    if (name === 'a' && RARE_KINDS.mailto.test(el)) return true;
    return !HEADISH.has(name) && (el.hasAttribute('itemtype') || isFooterClass(el));
  },
};

/** Does `attr` of `el` hold one of the whitespace-separated `tokens` (lower case)? Like `[attr~=token i]`. */
export function hasAnyToken(el: Element, attr: string, tokens: readonly string[]): boolean {
  const v = el.getAttribute(attr);
  return v !== null && v.toLowerCase().split(/\s+/).some(t => tokens.includes(t));
}

/** Microdata properties named one of `tokens` (lower case; `itemprop` may hold several), not on <head>'s kinds. */
export function itempropQuery(tokens: readonly string[]): Query {
  return {
    // `[itemprop]` first: an element without one is turned down by one check, not one per token.
    selector: `[itemprop]:is(${tokens.map(t => `[itemprop~="${t}" i]`).join(', ')})${notHeadish}`,
    test: el => !HEADISH.has(el.localName) && hasAnyToken(el, 'itemprop', tokens),
  };
}

/** `.footer`, as a selector matches it: one of the class tokens. */
function isFooterClass(el: Element): boolean {
  const c = el.getAttribute('class');
  return c !== null && c.includes('footer') && c.split(/\s+/).includes('footer');
}

/** Microdata types of one article (`itemtype`). */
export const ARTICLE_ITEMTYPE = /schema\.org\/(?:BlogPosting|Article|NewsArticle|TechArticle|ScholarlyArticle|Report|OpinionNewsArticle|ReportageNewsArticle|AnalysisNewsArticle|SocialMediaPosting)\b/i;

export const ANCHORS: Query = {selector: 'a[href]', test: el => el.localName === 'a' && el.hasAttribute('href')};
export const IMAGES: Query = {selector: 'img', test: el => el.localName === 'img'};

/**
 * A DOM implemented in script (jsdom, as `npm run inspect` uses): there, walking the elements beats its
 * selector engine. Told by its methods: a browser's are native code. (Not by `navigator.userAgent`: the
 * first touch of `navigator` in a content script's world costs ~0.1 ms, a tenth of a small page's reading.)
 */
export function scriptedDom(doc: Document): boolean {
  try {
    return !Function.prototype.toString.call(doc.querySelectorAll).includes('[native code]');
  } catch {
    return false;
  }
}
