/** Text that came from a page is hostile: strip what could spoof or break the UI, then cap it. */

// C0/C1 controls (but not \n, \t), bidi embeddings/overrides/isolates, zero-width joiners used for spoofing, BOM.
// https://www.unicode.org/reports/tr9/#Explicit_Directional_Embeddings
// Lone surrogates too: they render as U+FFFD and make encodeURIComponent throw (a share link would crash the popup).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Single-line text: unsafe characters removed, whitespace collapsed, capped at `max` characters (without splitting a surrogate pair). */
export function cleanLine(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  return cap(value.replace(UNSAFE, '').replace(/\s+/g, ' ').trim(), max);
}

/** Multi-line text: like cleanLine but keeps single line breaks. */
export function cleanText(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const text = value.replace(/\r\n?/g, '\n').replace(UNSAFE, '')
    .split('\n').map(line => line.replace(/[^\S\n]+/g, ' ').trim()).join('\n')
    .replace(/\n{3,}/g, '\n\n').trim();
  return cap(text, max);
}

/** Cap at `max` UTF-16 units without cutting a surrogate pair in half; adds an ellipsis when cut. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xD800 && code <= 0xDBFF) end--;
  return text.slice(0, end).trimEnd() + '…';
}

/** The URL as a string when it is absolute http(s), else null. Nothing else ever leaves the extension. */
export function safeHttpUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || value.length > 4096) return null;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname || url.username || url.password) return null;
    // Percent-encoding can make the href ~9x longer than the input: cap what is stored and shared, too.
    return url.href.length <= 4096 ? url.href : null;
  } catch {
    return null;
  }
}

// A conservative addr-spec: no quoted local parts, comments, percent signs or header separators.
// https://www.rfc-editor.org/rfc/rfc6068#section-2
const EMAIL = /^[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9_+-])?@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A plain e-mail address, lowercased, or null. Rejects anything that could smuggle a header into a mailto. */
export function safeEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const email = value.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) && !email.includes('..') ? email : null;
}
