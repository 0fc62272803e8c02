/** Options page: pure view, no browser APIs (options/index.tsx loads, saves and asks for access). */
import type {HistoryEntry} from '../src/history';
import type {Translate} from '../src/i18n';
import type {Settings, SettingsKey} from '../src/settings';
import {BackupSection, HistorySection} from './data-view';
import {CampaignSection, ChannelsSection} from './channels-view';
import {SitesSection, type SitesProps} from './sites-view';
import {TextsSection} from './texts-view';

export type OptionsErrors = Partial<Record<SettingsKey, string>>;

export interface OptionsProps {
  settings: Settings;
  /** Keys set by IT policy: shown, not editable. */
  managed: ReadonlySet<SettingsKey>;
  t: Translate;
  errors: OptionsErrors;
  saved: boolean;
  /** Why the last save failed (e.g. over the sync quota), or null. */
  saveError?: string | null;
  onChange: (changes: Partial<Settings>) => void;
  onSave: () => void;
  sites?: SitesProps['sites'];
  history?: {entries: HistoryEntry[]; onClear: () => void; onExport: () => void};
  backup?: {onExport: () => void; onImport: (file: File) => void; message: string | null; errors: string[]};
  formatDate?: (iso: string) => string;
}

/** Props every section gets. */
export interface SectionProps {
  settings: Settings;
  managed: ReadonlySet<SettingsKey>;
  t: Translate;
  errors: OptionsErrors;
  onChange: (changes: Partial<Settings>) => void;
}

/** "Set by your organisation" next to a value IT policy fixed. */
export function Managed({name, managed, t}: {name: SettingsKey; managed: ReadonlySet<SettingsKey>; t: Translate}) {
  return managed.has(name) ? <small class="managed" data-managed={name}>{t('optionsManaged')}</small> : null;
}

export function Options(props: OptionsProps) {
  const {settings, managed, t, errors, saved, saveError, onChange, onSave} = props;
  const section: SectionProps = {settings, managed, t, errors, onChange};
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {managed.size > 0 ? <p class="help managed-note">{t('optionsManagedNote')}</p> : null}
      <form onSubmit={event => { event.preventDefault(); onSave(); }}>
        {props.sites ? <SitesSection {...section} sites={props.sites} /> : null}
        <fieldset>
          <legend>{t('optionsContact')}</legend>
          <label>
            <span>{t('optionsContactName')} <Managed name="contactName" managed={managed} t={t} /></span>
            <input name="contactName" value={settings.contactName} maxLength={120} disabled={managed.has('contactName')}
              onInput={event => onChange({contactName: event.currentTarget.value})} />
          </label>
          <label>
            <span>{t('optionsContactEmail')} <Managed name="contactEmail" managed={managed} t={t} /></span>
            <input name="contactEmail" type="email" value={settings.contactEmail} maxLength={254} disabled={managed.has('contactEmail')}
              aria-invalid={errors.contactEmail ? 'true' : undefined} aria-describedby="contactEmail-error"
              onInput={event => onChange({contactEmail: event.currentTarget.value})} />
            <small id="contactEmail-error" class="error">{errors.contactEmail ?? ''}</small>
          </label>
          <label class="check">
            <input name="preferArticleContact" type="checkbox" checked={settings.preferArticleContact} disabled={managed.has('preferArticleContact')}
              onChange={event => onChange({preferArticleContact: event.currentTarget.checked})} />
            <span>{t('optionsPreferArticle')} <Managed name="preferArticleContact" managed={managed} t={t} /></span>
          </label>
        </fieldset>
        <ChannelsSection {...section} />
        <TextsSection {...section} />
        <CampaignSection {...section} />
        {props.history && props.formatDate ? <HistorySection {...section} history={props.history} formatDate={props.formatDate} /> : null}
        <div class="row save-bar">
          <button type="submit">{t('optionsSave')}</button>
          <span role="status" aria-live="polite" class={saveError ? 'error' : undefined}>{saveError ?? (saved ? t('optionsSaved') : '')}</span>
        </div>
      </form>
      {props.backup ? <BackupSection t={t} backup={props.backup} /> : null}
    </main>
  );
}
