/** Company sites: domain input and the match patterns the extension asks for. Pure. */

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** "https://Blog.Example.com/path" or "example.com." -> "blog.example.com"; null when it is not a domain name. */
export function normalizeDomain(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let text = value.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return null;
    }
  }
  text = text.replace(/\/.*$/, '').replace(/\.$/, '').replace(/^\*\./, '');
  return DOMAIN.test(text) ? text : null;
}

/** The content-script registration id for a site: stable, so re-registering replaces it. */
export const siteScriptId = (domain: string) => `site:${domain}`;
