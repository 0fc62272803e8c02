/**
 * Text hygiene for everything we lift off a page. Page text is hostile: it may carry control
 * characters, bidi overrides (which can make "moc.evil" read as "live.com" in the popup) or
 * megabytes of whitespace. Every string that leaves the extractor goes through `cleanText`.
 */
import {DIGIT, LETTER} from './chars';

export const LIMITS = {
  title: 300,
  description: 1000,
  author: 100,
  siteName: 120, // = the worker's LIMITS.name (src/messages.ts): what it re-caps must already fit
  url: 2048,
} as const;

// C0/C1 controls (tab/newline are turned into spaces first), bidi embeddings/overrides/isolates,
// zero-width characters and the BOM. Built from escapes so the source stays plain ASCII.
// Also the Arabic letter mark (a bidi control, U+061C) and lone UTF-16 surrogates (encodeURIComponent throws on them).
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Hard cap on input we even look at: a 5 MB text node must not cost 5 MB of regex work. */
const MAX_INPUT = 20_000;

/** Collapse whitespace, drop invisible/control characters, trim and cap to `max` characters. */
export function cleanText(input: unknown, max: number = LIMITS.description): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  let s = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
  s = s.replace(SPACES, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  if (s.length > max) {
    // Cut at a word boundary when one is near, so a capped title does not end mid-word.
    let cut = s.slice(0, max - 1);
    if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1); // never half a surrogate pair
    const space = cut.lastIndexOf(' ');
    if (space > max * 0.7) cut = cut.slice(0, space);
    s = `${cut.trimEnd()}…`;
  }
  return s;
}

// No prototype: "&toString;" in a page must stay text, not become Object.prototype.toString.
const NAMED: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', atilde: 'ã', otilde: 'õ',
  agrave: 'à', egrave: 'è', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß', aring: 'å', aelig: 'æ', oslash: 'ø',
  Aacute: 'Á', Eacute: 'É', Oacute: 'Ó', Uacute: 'Ú', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', Aring: 'Å', AElig: 'Æ', Oslash: 'Ø',
});

/**
 * Metadata values are sometimes HTML-escaped twice ("Redacci&amp;oacute;n") or carry markup
 * ("<p>Teaser…"). Decode the leftover entities and drop tags; the DOM already decoded one level.
 */
export function decodeLeftovers(s: string): string {
  if (!s.includes('&') && !s.includes('<')) return s;
  return s
    .replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
      }
      return NAMED[e] ?? NAMED[e.toLowerCase()] ?? m;
    });
}

/** `cleanText` for a metadata value (meta content, JSON-LD string): leftovers decoded first. */
export function cleanMeta(input: unknown, max: number): string {
  return typeof input === 'string' ? cleanText(decodeLeftovers(input.length > 20_000 ? input.slice(0, 20_000) : input), max) : '';
}

/** `cleanText`, but null for an empty result (for the nullable metadata fields). */
export function cleanOrNull(input: unknown, max: number): string | null {
  const s = cleanText(input, max);
  return s === '' ? null : s;
}

/** Text of a node without layout (`innerText` would force a reflow) and bounded in size. */
export function nodeText(node: Node | null | undefined, max = MAX_INPUT): string {
  if (!node) return '';
  const t = node.textContent ?? '';
  return t.length > max ? t.slice(0, max) : t;
}

/**
 * The first `max` characters of a subtree's text, reading at most `nodes` nodes: on a huge page
 * `textContent` would copy all of it (100,000 elements; a 5 MB text node) to use 4,000 characters.
 */
export function leadingText(root: Node | null | undefined, max: number, nodes = 5000): string {
  let out = '';
  let node: Node | null = root?.firstChild ?? null;
  for (let n = 0; node && n < nodes && out.length < max; n++) {
    if (node.nodeType === 3) out += ` ${(node.nodeValue ?? '').slice(0, max - out.length)}`;
    const silent = node.nodeType === 1 && SILENT.has((node as Element).tagName.toUpperCase());
    if (!silent && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return out;
}
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The first `max` characters of a subtree's text without its scripts and styles, from one native
 * `textContent`: their texts are cut out where they stand, in document order. (`textContent` keeps
 * script text: a sign-in page's analytics code read as its language; `innerText` would force layout.)
 */
export function textOutsideScripts(root: Element | null | undefined, max: number): string {
  if (!root) return '';
  const text = root.textContent ?? '';
  let out = '';
  let from = 0;
  const silent = root.querySelectorAll('script, style, noscript');
  for (let i = 0; i < silent.length && i < 500 && out.length < max; i++) {
    const inner = silent[i]?.textContent ?? '';
    const at = inner ? text.indexOf(inner, from) : -1;
    if (at < 0) continue;
    out += `${text.slice(from, Math.min(at, from + max))} `;
    from = at + inner.length;
  }
  if (out.length < max) out += text.slice(from, from + max);
  return out.slice(0, max);
}

const NOT_WORD = new RegExp(`[^${LETTER}${DIGIT}]+`, 'g');

/** Lowercase, strip accents and punctuation: for comparing titles, names and site names. */
export function normalizeForCompare(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(NOT_WORD, ' ')
    .trim();
}

/** Tokens for fuzzy comparisons (title agreement, listing detection). */
export function tokens(s: string): string[] {
  const n = normalizeForCompare(s);
  return n === '' ? [] : n.split(' ');
}
