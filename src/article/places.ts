/**
 * Where an element sits: in the content, in soft furniture (a "sidebar" or comments wrapper), in page
 * furniture (nav, footer, hidden), or in a subtree that is never text (script, svg). Decided by a
 * memoised walk up its ancestors, shared by all the elements asked about (see content.ts).
 */

/** Subtrees whose text is never prose, and whose elements are not indexed (except meta/link/script). */
export const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'math']);
/** Text inside these is page furniture: indexed, but not counted as prose. */
const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'button', 'dialog', 'label', 'option']);
// Readability's heuristics: page furniture that is not the story, unless it also says it is.
const UNLIKELY = /comment|sidebar|footer|menu|navbar|breadcrumb|related|share|social|cookie|consent|newsletter|widget|promo|advert|sponsor|popup|modal|masthead|subscribe|recommend|outbrain|taboola|disqus|pagination|pager|skip-link|site-header|topbar/i;
const LIKELY = /article|body|content|main|post|entry|story|text|blog/i;
/**
 * Elementor calls every block of a page a widget ("elementor-widget elementor-widget-text-editor",
 * "elementor-widget-container"): the word says nothing there, the widget's kind does ("…-sidebar").
 */
const BUILDER_WIDGET = /elementor-widget-?/g;

/** 0: content; 1: class/id says furniture (soft: sites name content wrappers "sidebar-right-mix"); 2: nav/footer/aside/hidden/head; 3: inside script/svg/noscript…. */
export type Place = 0 | 1 | 2 | 3;

/** Where elements sit, memoised over their ancestors (each ancestor is looked at once). */
export class Places {
  private readonly memo = new Map<Element, Place>();
  exhausted = false;

  /** `budget`: ancestor steps allowed over all elements; past it every element counts as content. */
  constructor(private budget: number) {}

  /** The element's own contribution, given its parent's place. */
  private own(el: Element, parent: Place): Place {
    // localName: lower case for HTML, SVG and MathML roots alike, and no upper-cased copy per element.
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) return 3;
    if (parent === 3) return 3;
    let place: Place = tag === 'body' ? 0 : parent;
    if (FURNITURE_TAGS.has(tag)) return 2;
    // Most elements have no attributes at all: skip the attribute reads for them.
    if (!el.hasAttributes()) return place;
    const role = el.getAttribute('role');
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' ||
        role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'dialog') return 2;
    if (place === 0 && tag !== 'body' && tag !== 'article' && tag !== 'main') {
      const ident = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (ident.length > 2 && ident.length < 500 && UNLIKELY.test(ident) && !LIKELY.test(ident) && UNLIKELY.test(ident.replace(BUILDER_WIDGET, ''))) place = 1;
    }
    return place;
  }

  of(el: Element): Place {
    const known = this.memo.get(el);
    if (known !== undefined) return known;
    // Collect the unknown ancestors (iteratively: 5k-deep nesting), then resolve top-down.
    const chain: Element[] = [];
    let cur: Element | null = el;
    let base: Place = 2; // above <html>: not content
    while (cur) {
      const m = this.memo.get(cur);
      if (m !== undefined) {
        base = m;
        break;
      }
      if (--this.budget < 0) {
        this.exhausted = true;
        return 0;
      }
      chain.push(cur);
      cur = cur.parentElement;
    }
    let place = base;
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i] as Element;
      place = this.own(node, place);
      this.memo.set(node, place);
    }
    return place;
  }
}

/** Is `el` or one of its (nearest 60) ancestors a `tag` element? */
export function within(el: Element | null, tag: string): boolean {
  for (let i = 0; el && i < 60; i++, el = el.parentElement) if (el.localName === tag) return true;
  return false;
}
