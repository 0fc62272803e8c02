/** Options form: pure view, no browser APIs (options/index.tsx loads and saves). */
import type {Translate} from '../src/i18n';
import type {Settings} from '../src/settings';

export interface OptionsProps {
  settings: Settings;
  t: Translate;
  errors: Partial<Record<keyof Settings, string>>;
  saved: boolean;
  onChange: (changes: Partial<Settings>) => void;
  onSave: () => void;
}

export function Options({settings, t, errors, saved, onChange, onSave}: OptionsProps) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={event => { event.preventDefault(); onSave(); }}>
        <fieldset>
          <legend>{t('optionsContact')}</legend>
          <label>
            <span>{t('optionsContactName')}</span>
            <input name="contactName" value={settings.contactName} maxLength={120}
              onInput={event => onChange({contactName: event.currentTarget.value})} />
          </label>
          <label>
            <span>{t('optionsContactEmail')}</span>
            <input name="contactEmail" type="email" value={settings.contactEmail} maxLength={254}
              aria-invalid={errors.contactEmail ? 'true' : undefined} aria-describedby="contactEmail-error"
              onInput={event => onChange({contactEmail: event.currentTarget.value})} />
            <small id="contactEmail-error" class="error">{errors.contactEmail ?? ''}</small>
          </label>
          <label class="check">
            <input name="preferArticleContact" type="checkbox" checked={settings.preferArticleContact}
              onChange={event => onChange({preferArticleContact: event.currentTarget.checked})} />
            <span>{t('optionsPreferArticle')}</span>
          </label>
        </fieldset>
        <label>
          <span>{t('optionsXHandle')}</span>
          <input name="xHandle" value={settings.xHandle} maxLength={15}
            aria-invalid={errors.xHandle ? 'true' : undefined} aria-describedby="xHandle-error"
            onInput={event => onChange({xHandle: event.currentTarget.value.replace(/^@/, '')})} />
          <small id="xHandle-error" class="error">{errors.xHandle ?? ''}</small>
        </label>
        <section aria-labelledby="sites-heading">
          <h2 id="sites-heading">{t('optionsSites')}</h2>
          <p class="help">{t('optionsSitesHelp')}</p>
          <ul class="sites">{settings.companyDomains.map(domain => <li key={domain}>{domain}</li>)}</ul>
        </section>
        <div class="row">
          <button type="submit">{t('optionsSave')}</button>
          <span role="status" aria-live="polite">{saved ? t('optionsSaved') : ''}</span>
        </div>
      </form>
    </main>
  );
}
