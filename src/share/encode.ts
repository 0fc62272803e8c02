/**
 * Encoding for share URLs.
 * mailto follows RFC 6068: UTF-8 percent-encoding, spaces as %20 (never "+"), line breaks as %0D%0A.
 * https://www.rfc-editor.org/rfc/rfc6068#section-5
 */

/** Percent-encodes a query value; encodeURIComponent already gives %20 for spaces and encodes & # + % = ?. */
export function encodeValue(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/** Lone UTF-16 surrogates (a cut emoji, a capped setting) as U+FFFD: encodeURIComponent throws on them. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** A mailto header value: CRLF line breaks, then percent-encoded. */
export function encodeMailtoValue(text: string): string {
  return encodeURIComponent(wellFormed(text).replace(/\r\n?|\n/g, '\r\n'));
}

/** Counts like X/Twitter: URLs count 23, most Latin/Greek/Cyrillic/Hebrew/Arabic characters 1, everything else (CJK, emoji) 2.
 * https://docs.x.com/resources/fundamentals/counting-characters */
export function xWeight(text: string): number {
  let weight = 0;
  for (const segment of graphemes(text)) {
    const code = segment.codePointAt(0) ?? 0;
    const light = code <= 0x10FF || (code >= 0x2000 && code <= 0x200D) || (code >= 0x2010 && code <= 0x201F) || (code >= 0x2032 && code <= 0x2037);
    weight += light && segment.length <= 2 && !/\p{Extended_Pictographic}/u.test(segment) ? 1 : 2;
  }
  return weight;
}

/** Grapheme clusters, so trimming never splits an emoji or a letter with its accent. */
export function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(text), s => s.segment);
  }
  return Array.from(text);
}

/** Trims `text` (on a word boundary when it can) so that `weigh(result) <= budget`, adding "…" when cut. */
export function trimTo(text: string, budget: number, weigh: (text: string) => number): string {
  if (weigh(text) <= budget) return text;
  const parts = graphemes(text);
  let low = 0;
  let high = parts.length;
  // Binary search for the longest prefix that fits together with the ellipsis.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (weigh(parts.slice(0, mid).join('') + '…') <= budget) low = mid;
    else high = mid - 1;
  }
  let cut = parts.slice(0, low).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  cut = cut.trimEnd();
  return cut ? cut + '…' : '';
}
