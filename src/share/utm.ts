/**
 * Campaign tags (utm_*) on shared links, so the marketing team can see which channel brought a reader.
 * Pure. A link that already carries any utm_* tag is left alone: never tagged twice, never re-attributed.
 */
import type {Channel} from './channels';
import {encodeValue} from './encode';

export interface UtmSettings {
  utmEnabled: boolean;
  utmMedium: string;
  utmCampaign: string;
  utmContent: string;
  /** utm_source per channel; a missing or empty one falls back to DEFAULT_SOURCES. */
  utmSources: Readonly<Record<string, string>>;
}

export const DEFAULT_SOURCES: Record<Channel, string> = {
  email: 'email', linkedin: 'linkedin', facebook: 'facebook', twitter: 'x', bluesky: 'bluesky', mastodon: 'mastodon',
  whatsapp: 'whatsapp', qr: 'qr', native: 'share-sheet', copy: 'copy-link', contact: 'contact-email',
};

/** A tag value as analytics tools read it: trimmed, no control characters, capped. */
export function cleanTag(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001F\u007F]/g, '').trim().slice(0, 100);
}

export function hasUtm(url: URL): boolean {
  return [...url.searchParams.keys()].some(key => key.toLowerCase().startsWith('utm_'));
}

/** `url` with utm_source/medium/campaign/content for `channel`, or unchanged when off, already tagged or not http(s). */
export function withUtm(href: string, channel: Channel, settings: UtmSettings): string {
  if (!settings.utmEnabled) return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || hasUtm(url)) return href;
  const tags: Array<[string, string]> = [
    ['utm_source', cleanTag(settings.utmSources[channel] ?? '') || DEFAULT_SOURCES[channel]],
    ['utm_medium', cleanTag(settings.utmMedium)],
    ['utm_campaign', cleanTag(settings.utmCampaign)],
    ['utm_content', cleanTag(settings.utmContent)],
  ];
  // Appended as text: URLSearchParams would re-encode the page's own query (%20 -> +) and change the link.
  const added = tags.filter(([, value]) => value).map(([key, value]) => `${key}=${encodeValue(value)}`).join('&');
  url.search = url.search.length > 1 ? `${url.search}&${added}` : `?${added}`;
  return url.href;
}

/** The address without campaign tags and fragment: how the history recognises an article shared before. */
export function withoutUtm(href: string): string {
  try {
    const url = new URL(href);
    for (const key of [...url.searchParams.keys()]) if (key.toLowerCase().startsWith('utm_')) url.searchParams.delete(key);
    url.hash = '';
    return url.href;
  } catch {
    return href;
  }
}
