/** Company sites: add one (asks for access there), remove one (gives it back), grant access to one set by policy or sync. */
import {useState} from 'preact/hooks';
import {Managed, type SectionProps} from './view';

/** Resolves true when the site was added. */
type Added = Promise<boolean>;

export interface SitesProps extends SectionProps {
  sites: {
    /** Whether this browser may read each configured site. */
    access: Readonly<Record<string, boolean>>;
    /** Resolves true when the site was added (the field is then cleared). */
    onAdd: (domain: string) => Added;
    onRemove: (domain: string) => void;
    onGrant: (domain: string) => void;
    error: string | null;
  };
}

export function SitesSection({settings, managed, t, sites}: SitesProps) {
  const [draft, setDraft] = useState('');
  const locked = managed.has('companyDomains');
  return (
    <fieldset class="sites-section">
      <legend>{t('optionsSites')}</legend>
      <p class="help">{t('optionsSitesHelp')} <Managed name="companyDomains" managed={managed} t={t} /></p>
      <ul class="sites">
        {settings.companyDomains.map(domain => (
          <li key={domain} data-site={domain}>
            <span class="site__name">{domain}</span>
            {sites.access[domain] === false
              ? <button type="button" class="secondary" data-grant={domain} onClick={() => sites.onGrant(domain)}>{t('optionsSiteGrant')}</button>
              : <span class="site__ok">{t('optionsSiteActive')}</span>}
            {locked ? null : <button type="button" class="secondary" data-remove={domain} aria-label={t('optionsSiteRemove', domain)} onClick={() => sites.onRemove(domain)}>{t('optionsRemove')}</button>}
          </li>
        ))}
      </ul>
      {locked
        ? null
        : (
          <div class="row">
            <label class="grow">
              <span>{t('optionsSiteAdd')}</span>
              <input name="newSite" value={draft} placeholder="example.com" maxLength={253}
                aria-describedby="site-error" onInput={event => setDraft(event.currentTarget.value)}
                onKeyDown={event => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    void sites.onAdd(draft).then(ok => ok && setDraft(''));
                  }
                }} />
            </label>
            <button type="button" class="secondary" data-add-site onClick={() => void sites.onAdd(draft).then(ok => ok && setDraft(''))}>{t('optionsAdd')}</button>
          </div>
        )}
      <small id="site-error" class="error" role="status">{sites.error ?? ''}</small>
    </fieldset>
  );
}
