/** ArticleMetadata + settings -> share links. Pure: tested without a browser. */
import type {ArticleMetadata} from '../article/types';
import {safeEmail, safeHttpUrl} from '../text';
import type {Channel} from './channels';
import {contactTexts, resolveContact, type Contact, type ContactSettings} from './contact';
import {encodeMailtoValue, encodeValue, trimTo, xWeight} from './encode';

export type ShareArticle = Pick<ArticleMetadata, 'title' | 'url' | 'description' | 'lang' | 'contactEmail' | 'authors'>;

export interface ShareSettings extends ContactSettings {
  xHandle: string;
}

export interface ShareLink {
  channel: Channel;
  href: string;
  /** For the contact shortcut: who it goes to. */
  contact?: Contact;
}

/** Mail clients and browsers cut long mailto URIs; 2,000 is the safe ceiling. https://stackoverflow.com/a/13317785 */
export const MAILTO_MAX = 2000;
/** X counts every link as 23 characters (t.co). */
const X_URL_WEIGHT = 23;
const X_MAX = 280;

export function facebookLink(url: string): string {
  // Facebook reads only `u` and takes title, image and description from the page's Open Graph tags.
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeValue(url)}`;
}

export function xLink(title: string, url: string, handle: string): string {
  const via = /^\w{1,15}$/.test(handle) ? handle : '';
  // X composes "<text> <url> via @handle".
  const budget = X_MAX - X_URL_WEIGHT - 1 - (via ? ` via @${via}`.length : 0);
  const text = trimTo(title, budget, xWeight);
  return `https://twitter.com/intent/tweet?text=${encodeValue(text)}&url=${encodeValue(url)}${via ? `&via=${via}` : ''}`;
}

/** mailto with only subject and body (RFC 6068); `to` must already be a validated address or empty. */
export function mailtoLink(to: string, subject: string, body: string): string {
  const build = (s: string, b: string) => `mailto:${to}?subject=${encodeMailtoValue(s)}&body=${encodeMailtoValue(b)}`;
  let href = build(subject, body);
  if (href.length <= MAILTO_MAX) return href;
  // Too long: shorten the body first (keeping its last line, the link), then the subject.
  const lines = body.split('\n');
  const tail = lines.pop() ?? '';
  const weigh = (text: string) => encodeMailtoValue(text).length;
  const fixed = build(subject, `\n${tail}`).length;
  const head = trimTo(lines.join('\n').trimEnd(), Math.max(0, MAILTO_MAX - fixed), weigh);
  href = build(subject, head ? `${head}\n${tail}` : tail);
  if (href.length <= MAILTO_MAX) return href;
  const shortSubject = trimTo(subject, Math.max(0, MAILTO_MAX - build('', tail).length), weigh);
  href = build(shortSubject, tail);
  // A pathological URL alone is over the limit: send the subject only rather than a broken link.
  return href.length <= MAILTO_MAX ? href : build(trimTo(subject, MAILTO_MAX - build('', '').length, weigh), '');
}

export function emailLink(article: ShareArticle): string {
  const body = article.description ? `${article.description}\n\n${article.url}` : article.url;
  return mailtoLink('', article.title, body);
}

export function contactLink(article: ShareArticle, settings: ContactSettings): ShareLink | null {
  const contact = resolveContact(article, settings);
  if (!contact || !safeEmail(contact.email)) return null;
  const {subject, body} = contactTexts(article.lang, contact, article.title, article.url);
  return {channel: 'contact', href: mailtoLink(contact.email, subject, body), contact};
}

/** Every enabled channel's link, in the configured order; nothing is returned for an unsafe URL. */
export function shareLinks(article: ShareArticle, settings: ShareSettings & {channels: readonly Channel[]}): ShareLink[] {
  const url = safeHttpUrl(article.url);
  if (!url) return [];
  const safe = {...article, url};
  const links: ShareLink[] = [];
  for (const channel of settings.channels) {
    switch (channel) {
      case 'email': links.push({channel, href: emailLink(safe)}); break;
      case 'facebook': links.push({channel, href: facebookLink(url)}); break;
      case 'twitter': links.push({channel, href: xLink(safe.title, url, settings.xHandle)}); break;
      case 'copy': links.push({channel, href: url}); break;
      case 'contact': {
        const link = contactLink(safe, settings);
        if (link) links.push(link);
        break;
      }
    }
  }
  return links;
}
