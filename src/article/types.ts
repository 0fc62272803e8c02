/** What the content script concludes about one page. Pure data: it crosses message boundaries. */
export interface ArticleMetadata {
  /** True when the page is a single blog post / article (not an index, home or contact page). */
  isArticle: boolean;
  /** 0–1: how sure the detector is that this is an article. */
  confidence: number;
  /** Short machine-readable names of the signals that decided it, e.g. "jsonld:BlogPosting". */
  signals: string[];
  /** The article's own headline, without the site-name suffix/prefix. Never empty (falls back to document.title or URL). */
  title: string;
  description: string | null;
  /** Bylines, each a person's (or organisation's) name. Empty when the page shows none. */
  authors: string[];
  /** ISO 8601: `YYYY-MM-DD` or a full timestamp when the page gives one. */
  published: string | null;
  modified: string | null;
  /** The URL to share: canonical when trustworthy, else the page URL without tracking parameters. Always http(s). */
  url: string;
  /** Absolute http(s) URL, or null. */
  image: string | null;
  /** BCP 47 primary language (e.g. "da", "en"), of the text itself. */
  lang: string | null;
  siteName: string | null;
  /** A mailto: address written in the article body whose domain is one of the company's. */
  contactEmail: string | null;
}

export interface ExtractOptions {
  /** The page's address (document.URL in the browser; given explicitly for offline use). */
  url: string;
  /** Registrable domains of the company, e.g. ["seismonaut.com"]: a contact e-mail must be on one of them. */
  companyDomains: readonly string[];
}
