/**
 * JSON-LD reading. Pages embed any number of `<script type="application/ld+json">` blocks with
 * `@graph`s, arrays, nested `mainEntity`s, invalid JSON and occasionally hostile keys. We flatten
 * them into a bounded list of plain nodes and let the callers pick what they need.
 */

export type JsonNode = Record<string, unknown>;

const MAX_BLOCKS = 40;
const MAX_BLOCK_CHARS = 300_000;
const MAX_TOTAL_CHARS = 1_000_000;
const MAX_NODES = 300;
const MAX_DEPTH = 8;

export const ARTICLE_TYPES = new Set([
  'article', 'blogposting', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle',
  'techarticle', 'scholarlyarticle', 'report', 'socialmediaposting', 'liveblogposting',
  'satiricalarticle', 'advertisercontentarticle',
]);
/** Types that describe a page that is not a single article. */
export const NON_ARTICLE_TYPES = new Set([
  'collectionpage', 'searchresultspage', 'contactpage', 'profilepage', 'product', 'productgroup',
  'itemlist', 'blog', 'offercatalog', 'qapage', 'faqpage', 'discussionforumposting', 'checkoutpage',
  'aboutpage', 'store', 'event', 'musicalbum', 'musicrecording', 'movie', 'book', 'softwareapplication',
  'vehicle', 'car', 'lodgingbusiness', 'recipe', 'podcastepisode', 'videoobject', 'imagegallery',
]);

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isNode(v: unknown): v is JsonNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parse one block; tolerate the usual breakage (HTML comments, CDATA, trailing semicolons). */
function parseBlock(text: string): unknown {
  let s = text.trim();
  if (s === '') return null;
  s = s.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '').trim().replace(/;\s*$/, '');
  try {
    // The reviver drops keys that could reach Object.prototype if anything ever merged nodes.
    return JSON.parse(s, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
  } catch {
    // Raw newlines inside strings are the commonest CMS bug; one retry, then give up.
    try {
      return JSON.parse(s.replace(/[\r\n\t]+/g, ' '), (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
    } catch {
      return null;
    }
  }
}

/** All JSON-LD nodes of the document, flattened (top level first), bounded in count and depth. */
export function collectJsonLd(scripts: readonly Element[]): JsonNode[] {
  const out: JsonNode[] = [];
  const seen = new Set<unknown>();
  let total = 0;
  const limit = Math.min(scripts.length, MAX_BLOCKS);
  const visit = (v: unknown, depth: number): void => {
    if (out.length >= MAX_NODES || depth > MAX_DEPTH || v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const item of v.slice(0, 100)) visit(item, depth + 1);
      return;
    }
    const node = v as JsonNode;
    if ('@type' in node || 'headline' in node) out.push(node);
    visit(node['@graph'], depth + 1);
    visit(node['mainEntity'], depth + 1);
    // An article is sometimes nested in the WebPage that is its mainEntityOfPage's owner.
    const mep = node['mainEntityOfPage'];
    if (isNode(mep) && typeList(mep).some(t => ARTICLE_TYPES.has(t))) visit(mep, depth + 1);
    const hasPart = node['hasPart'];
    if (Array.isArray(hasPart) || isNode(hasPart)) visit(hasPart, depth + 1);
  };
  for (let i = 0; i < limit; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS) continue;
    total += text.length;
    if (total > MAX_TOTAL_CHARS) break;
    visit(parseBlock(text), 0);
  }
  resolveReferences(out);
  return out;
}

/**
 * Properties whose values may be references to other nodes of the graph. Not the author: one named only by
 * reference is the CMS account that posted the page (Yoast's Person for the WordPress user), which the page
 * itself often shows nowhere; a byline it shows is read from the page.
 */
const REFERENCED = ['publisher', 'image', 'thumbnail', 'logo'];

/**
 * `"image": {"@id": "https://…/#primaryimage"}`: Yoast, Rank Math and other WordPress plugins describe the
 * picture and the publisher once in the `@graph` and refer to them by `@id`
 * (https://www.w3.org/TR/json-ld11/#node-identifiers). A reference (an object of `@id`, perhaps `@type`,
 * and nothing else) is replaced by the node it names, one level deep: readers are depth-bounded.
 */
function resolveReferences(nodes: JsonNode[]): void {
  const byId = new Map<string, JsonNode>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !isReference(node) && !byId.has(id)) byId.set(id, node);
  }
  if (byId.size === 0) return;
  const resolve = (v: unknown): unknown => (isReference(v) ? byId.get(v['@id'] as string) ?? v : v);
  for (const node of nodes) {
    for (const key of REFERENCED) {
      const v = node[key];
      if (Array.isArray(v)) node[key] = v.slice(0, 20).map(resolve);
      else if (v !== undefined) node[key] = resolve(v);
    }
  }
}

function isReference(v: unknown): v is JsonNode {
  return isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).every(k => k === '@id' || k === '@type');
}

/** `@type` as lower-case names without a schema.org prefix; arrays allowed. */
export function typeList(node: JsonNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .slice(0, 10)
    .map(x => x.replace(/^(?:https?:\/\/)?(?:www\.)?schema\.org\//i, '').replace(/^schema:/i, '').toLowerCase());
}

export function isArticleNode(node: JsonNode): boolean {
  return typeList(node).some(t => ARTICLE_TYPES.has(t));
}

/** First string in a JSON-LD value: string, array of strings, `{@value}`, `{name}`. */
export function firstString(v: unknown, depth = 0): string | null {
  if (depth > 3) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const item of v.slice(0, 10)) {
      const s = firstString(item, depth + 1);
      if (s) return s;
    }
    return null;
  }
  if (isNode(v)) return firstString(v['@value'] ?? v['name'], depth + 1);
  return null;
}

/** Names of authors/creators: string, `{name}`, `{givenName, familyName}`, arrays of these. */
export function personNames(v: unknown, depth = 0): string[] {
  if (depth > 3 || v === null || v === undefined) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.slice(0, 20).flatMap(item => personNames(item, depth + 1));
  if (isNode(v)) {
    const name = firstString(v['name']);
    if (name) return [name];
    const given = firstString(v['givenName']);
    const family = firstString(v['familyName']);
    if (given || family) return [[given, family].filter(Boolean).join(' ')];
  }
  return [];
}

/** Image URL candidates: string, `{url}`, `{contentUrl}`, `ImageObject` arrays. */
export function imageUrls(v: unknown, depth = 0): string[] {
  if (depth > 3 || v === null || v === undefined) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.slice(0, 10).flatMap(item => imageUrls(item, depth + 1));
  // An `@id` names the picture only when it is its address, not a fragment identifier ("…/#primaryimage").
  if (isNode(v)) return imageUrls(v['url'] ?? v['contentUrl'] ?? (typeof v['@id'] === 'string' && !v['@id'].includes('#') ? v['@id'] : null), depth + 1);
  return [];
}

/** Child node by key, when it is an object (or the first object of an array). */
export function childNode(node: JsonNode, key: string): JsonNode | null {
  const v = node[key];
  if (isNode(v)) return v;
  if (Array.isArray(v)) return (v.find(isNode) as JsonNode | undefined) ?? null;
  return null;
}
