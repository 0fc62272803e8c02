/**
 * Company sites added on the options page: host access asked for at that moment
 * (optional_host_permissions + permissions.request) and the content script registered for them
 * (scripting.registerContentScripts). The manifest's own sites keep their static content script.
 */
import browser from './browser';
import {company, isCompanyHost} from './company';
import {siteScriptId} from './sites';

const SCRIPT_PREFIX = siteScriptId('');

/**
 * A site and its subdomains, with the schemes spelled out: Chrome accepts only requests that one of
 * optional_host_permissions ("http://*\/*", "https://*\/*") contains, and no single one contains "*://".
 */
export function sitePatterns(domain: string): string[] {
  return ['http', 'https'].flatMap(scheme => [`${scheme}://${domain}/*`, `${scheme}://*.${domain}/*`]);
}

/** Sites the manifest already covers need neither a request nor a registration. */
const builtIn = (domain: string) => isCompanyHost(domain, company.domains);

export async function hasAccess(domain: string): Promise<boolean> {
  return builtIn(domain) || await browser.permissions.contains({origins: sitePatterns(domain)}).catch(() => false);
}

/**
 * Asks for host access. Call it first thing in a click handler: the browser only shows the prompt
 * during a user gesture, which an earlier `await` would end.
 */
export function requestAccess(domains: readonly string[]): Promise<boolean> {
  const needed = domains.filter(domain => !builtIn(domain));
  return needed.length === 0 ? Promise.resolve(true) : browser.permissions.request({origins: needed.flatMap(sitePatterns)});
}

/** Gives the access back (the manifest's required sites cannot be given back; that is fine). */
export async function releaseAccess(domain: string): Promise<void> {
  if (builtIn(domain)) return;
  await browser.permissions.remove({origins: sitePatterns(domain)}).catch(() => undefined);
}

/**
 * Makes the registered content scripts match the configured sites this browser has access to. Run after
 * every change, and on install, update and start-up: registrations do not survive an update in Chrome.
 */
export async function syncContentScripts(domains: readonly string[]): Promise<void> {
  const wanted: string[] = [];
  for (const domain of domains) if (!builtIn(domain) && await hasAccess(domain)) wanted.push(domain);
  // The worker (on the settings change) and the options page (right after saving it) sync at the same time:
  // a script the other has just removed or added makes the call fail ("Nonexistent script ID", "Duplicate
  // script ID"). So the step runs again against what is registered by then.
  for (let attempt = 1; ; attempt++) {
    try {
      await reconcile(wanted);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** Registers the wanted sites' scripts that are missing, unregisters the others of ours. */
async function reconcile(wanted: readonly string[]): Promise<void> {
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter(script => script.id.startsWith(SCRIPT_PREFIX));
  const stale = registered.filter(script => !wanted.includes(script.id.slice(SCRIPT_PREFIX.length)));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ids: stale.map(script => script.id)});
  const present = new Set(registered.map(script => script.id));
  const missing = wanted.filter(domain => !present.has(siteScriptId(domain)));
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(missing.map(domain => ({
    id: siteScriptId(domain),
    matches: sitePatterns(domain),
    js: ['content.js'],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  })));
}
