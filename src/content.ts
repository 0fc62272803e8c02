/**
 * Content script, injected on the company's sites only: reads the page once, reports to the worker,
 * and reads it again only when the page changes in place (history API, back/forward cache).
 * No observers or timers stay behind.
 */
import {extractArticle} from './article/index';
import browser from './browser';
import {company} from './company';
import {registrableDomain} from './article/urls';
import {parseMessage, samePage, type ReportMessage} from './messages';

/**
 * This script runs only on the company's sites: the manifest's, and those added on the options page (registered
 * for exactly those). So the page's own site is one of them, built in (src/company.ts) or not: its addresses are
 * the company's (the contact written in the article) and so are its canonical addresses.
 */
const companyDomains = [...company.domains, registrableDomain(location.hostname)];

/** The last reading sent, and its JSON (to skip sending the same again). */
let last: {key: string; message: ReportMessage} | null = null;

async function report(force = false): Promise<void> {
  const start = performance.now();
  const article = extractArticle(document, {url: location.href, companyDomains});
  // Visible in the page's performance timeline (DevTools, npm run bench): the content script's own cost.
  performance.measure('seismonaut-share:extract', {start, end: performance.now()});
  const key = JSON.stringify(article);
  if (!force && key === last?.key) return;
  last = {key, message: {type: 'report', pageUrl: location.href, article}};
  await send(last.message);
}

async function send(message: ReportMessage): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => {
    // The worker is being updated or the extension was reloaded: nothing to do in this page.
  });
}

// Restored from the back/forward cache: the worker dropped this tab's data when it navigated away.
// https://web.dev/articles/bfcache#observe-when-a-page-is-restored-from-bfcache
addEventListener('pageshow', event => {
  if (event.persisted) void report(true);
});
addEventListener('popstate', () => reportAfterNavigation());

/** After an in-page navigation: read now, and once more when the page has rendered its new content. */
function reportAfterNavigation(force = false): void {
  void report(force);
  const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  idle(() => void report(), {timeout: 1000});
}

// The worker sees history.pushState() navigations (tabs.onUpdated) and asks for a new reading; it asks
// on every address change or load of the tab, since it cannot tell those apart.
browser.runtime.onMessage.addListener((raw: unknown) => {
  if (parseMessage(raw)?.type !== 'rescan') return undefined;
  // Still at the page of the last reading (a same-address history.replaceState, a fragment, or this
  // document's own load racing the worker's question): the worker may have dropped that reading, so send
  // it again rather than read the page twice more.
  if (last && samePage(last.message.pageUrl, location.href)) void send({...last.message, pageUrl: location.href});
  // Forced: the worker dropped this tab's reading.
  else reportAfterNavigation(true);
  return undefined;
});

void report(true);
