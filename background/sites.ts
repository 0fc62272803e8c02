/** Keeps the registered content scripts in step with the configured company sites and the granted access. */
import {loadSettings} from '../src/settings';
import {syncContentScripts} from '../src/site-access';

export async function syncSites(): Promise<void> {
  const {companyDomains} = await loadSettings();
  // A failure here (an API missing, a race with the options page) must not stop the worker's other listeners.
  await syncContentScripts(companyDomains).catch(error => console.warn('Could not update the content scripts:', error));
}
