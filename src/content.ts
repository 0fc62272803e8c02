/**
 * Content script, injected on the company's sites only: reads the page once, reports to the worker,
 * and reads it again only when the page changes in place (history API, back/forward cache).
 * No observers or timers stay behind.
 */
import {extractArticle} from './article/index';
import browser from './browser';
import {company} from './company';
import {parseMessage, type ReportMessage} from './messages';

let lastReported = '';

async function report(force = false): Promise<void> {
  const start = performance.now();
  const article = extractArticle(document, {url: location.href, companyDomains: company.domains});
  // Visible in the page's performance timeline (DevTools, npm run bench): the content script's own cost.
  performance.measure('seismonaut-share:extract', {start, end: performance.now()});
  const key = JSON.stringify(article);
  if (!force && key === lastReported) return;
  lastReported = key;
  const message: ReportMessage = {type: 'report', pageUrl: location.href, article};
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

// The worker sees history.pushState() navigations (tabs.onUpdated) and asks for a new reading.
browser.runtime.onMessage.addListener((raw: unknown) => {
  // Forced: the worker asks because it dropped this tab's reading (also for a same-address history.replaceState).
  if (parseMessage(raw)?.type === 'rescan') reportAfterNavigation(true);
  return undefined;
});

void report(true);
