/** Options entry: loads settings (and which of them IT policy set), validates, saves, asks for site access. */
import {render} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import browser from '../src/browser';
import {clearHistory, loadHistory, toCsv, type HistoryEntry} from '../src/history';
import {t, uiLanguage} from '../src/i18n';
import {exportSettings, loadSettingsDetailed, parseImport, QuotaError, saveSettings, SETTINGS_KEYS, type Settings, type SettingsKey} from '../src/settings';
import {mastodonHost} from '../src/share/links';
import {hasAccess, releaseAccess, requestAccess, syncContentScripts} from '../src/site-access';
import {normalizeDomain} from '../src/sites';
import {safeEmail} from '../src/text';
import {Options, type OptionsErrors, type OptionsProps} from './view';

function validate(settings: Settings): OptionsErrors {
  const errors: OptionsErrors = {};
  if (!safeEmail(settings.contactEmail)) errors.contactEmail = t('optionsInvalidEmail');
  if (settings.xHandle && !/^\w{1,15}$/.test(settings.xHandle)) errors.xHandle = t('optionsInvalidHandle');
  if (settings.mastodonInstance && !mastodonHost(settings.mastodonInstance)) errors.mastodonInstance = t('optionsInvalidInstance');
  else if (settings.channels.includes('mastodon') && !settings.mastodonInstance) errors.mastodonInstance = t('optionsMastodonNeeded');
  return errors;
}

const dateFormat = new Intl.DateTimeFormat(uiLanguage(), {dateStyle: 'medium', timeStyle: 'short'});
const formatDate = (iso: string) => dateFormat.format(new Date(iso));

/** Saves a file through a download link: no "downloads" permission needed. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function App() {
  const [loaded, setLoaded] = useState<{settings: Settings; managed: Set<SettingsKey>; user: Partial<Settings>} | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<OptionsErrors>({});
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const [siteError, setSiteError] = useState<string | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [backup, setBackup] = useState<{message: string | null; errors: string[]}>({message: null, errors: []});

  async function reload() {
    const detailed = await loadSettingsDetailed();
    setLoaded({...detailed, managed: new Set(detailed.managed)});
    setSettings(detailed.settings);
    await refreshAccess(detailed.settings.companyDomains);
  }

  async function refreshAccess(domains: readonly string[]) {
    const entries = await Promise.all(domains.map(async domain => [domain, await hasAccess(domain)] as const));
    setAccess(Object.fromEntries(entries));
  }

  useEffect(() => {
    void reload();
    void loadHistory().then(setHistory);
    // Policy and other browsers (sync) may change settings while the page is open.
    const listener = (_changes: unknown, area: string) => {
      if (area === 'managed') void reload();
      if (area === 'local') void loadHistory().then(setHistory);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  if (!settings || !loaded) return null;
  const current = settings;
  const {managed} = loaded;

  async function onSave() {
    const found = validate(current);
    setErrors(found);
    setSaveError(null);
    if (Object.keys(found).length > 0) return;
    const normalized = {...current, contactEmail: current.contactEmail.trim().toLowerCase()};
    // Only what the user changed (and policy does not set): untouched values keep following the company profile.
    const changes = Object.fromEntries(SETTINGS_KEYS
      .filter(key => !managed.has(key) && key !== 'companyDomains' && !same(normalized[key], loaded!.settings[key]))
      .map(key => [key, normalized[key]]));
    try {
      await saveSettings(changes);
      setLoaded({...loaded!, settings: normalized});
      setSaved(true);
    } catch (error) {
      setSaveError(error instanceof QuotaError ? t('optionsQuota') : t('optionsSaveFailed'));
    }
  }

  const sites: OptionsProps['sites'] = {
    access,
    error: siteError,
    onAdd(input) {
      const domain = normalizeDomain(input);
      if (!domain) {
        setSiteError(t('optionsInvalidSite'));
        return Promise.resolve(false);
      }
      if (current.companyDomains.includes(domain)) {
        setSiteError(t('optionsSiteExists'));
        return Promise.resolve(false);
      }
      // Asked first, inside the click: the browser shows the prompt only during the user's gesture.
      return requestAccess([domain]).then(async granted => {
        if (!granted) {
          setSiteError(t('optionsSiteDenied', domain));
          return false;
        }
        const companyDomains = [...current.companyDomains, domain];
        await saveSettings({companyDomains});
        await syncContentScripts(companyDomains);
        setSiteError(null);
        setSettings({...current, companyDomains});
        setLoaded({...loaded!, settings: {...loaded!.settings, companyDomains}});
        await refreshAccess(companyDomains);
        return true;
      }, () => {
        setSiteError(t('optionsSiteDenied', domain));
        return false;
      });
    },
    onRemove(domain) {
      const companyDomains = current.companyDomains.filter(item => item !== domain);
      void (async () => {
        await saveSettings({companyDomains});
        setSettings({...current, companyDomains});
        setLoaded({...loaded!, settings: {...loaded!.settings, companyDomains}});
        // The access goes back whatever happens to the registrations (the worker syncs them too, on both changes).
        await releaseAccess(domain);
        await syncContentScripts(companyDomains).catch(error => console.warn('Could not update the content scripts:', error));
        await refreshAccess(companyDomains);
      })();
    },
    onGrant(domain) {
      void requestAccess([domain]).then(async granted => {
        if (!granted) setSiteError(t('optionsSiteDenied', domain));
        await syncContentScripts(current.companyDomains);
        await refreshAccess(current.companyDomains);
      }, () => setSiteError(t('optionsSiteDenied', domain)));
    },
  };

  const historyProps: OptionsProps['history'] = {
    entries: history,
    onClear: () => void clearHistory().then(() => setHistory([])),
    onExport: () => download('seismonaut-share-history.csv', 'text/csv;charset=utf-8', toCsv(history)),
  };

  const backupProps: OptionsProps['backup'] = {
    ...backup,
    onExport: () => download('seismonaut-share-settings.json', 'application/json', exportSettings(loaded.user)),
    onImport(file) {
      void file.text().then(async text => {
        const result = parseImport(text);
        if (!result.ok) {
          setBackup({message: t('optionsImportInvalid'), errors: result.errors});
          return;
        }
        const skipped = Object.keys(result.settings).filter(key => managed.has(key as SettingsKey));
        const changes: Partial<Settings> = Object.fromEntries(Object.entries(result.settings).filter(([key]) => !managed.has(key as SettingsKey)));
        try {
          // One storage.sync.set: all of it is stored, or (quota) none of it.
          await saveSettings(changes);
        } catch (error) {
          setBackup({message: error instanceof QuotaError ? t('optionsQuota') : t('optionsSaveFailed'), errors: []});
          return;
        }
        await reload();
        if (changes.companyDomains) await syncContentScripts(changes.companyDomains);
        setBackup({message: skipped.length > 0 ? t('optionsImportedManaged', skipped.join(', ')) : t('optionsImported'), errors: []});
      });
    },
  };

  return (
    <Options settings={current} managed={managed} t={t} errors={errors} saved={saved} saveError={saveError}
      onChange={changes => { setSaved(false); setSettings({...current, ...changes}); }} onSave={onSave}
      sites={sites} history={historyProps} backup={backupProps} formatDate={formatDate} />
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<App />, document.body);
