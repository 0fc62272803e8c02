/** The local share history (clear, CSV export) and settings backup (export, import). */
import type {HistoryEntry} from '../src/history';
import type {Translate} from '../src/i18n';
import {CHANNEL_NAMES} from './channels-view';
import {Managed, type OptionsProps, type SectionProps} from './view';

const SHOWN = 20;

export function HistorySection({settings, managed, t, onChange, history, formatDate}: SectionProps & {
  history: NonNullable<OptionsProps['history']>;
  formatDate: (iso: string) => string;
}) {
  return (
    <fieldset class="history">
      <legend>{t('optionsHistory')}</legend>
      <label class="check">
        <input type="checkbox" name="keepHistory" checked={settings.keepHistory} disabled={managed.has('keepHistory')}
          onChange={event => onChange({keepHistory: event.currentTarget.checked})} />
        <span>{t('optionsKeepHistory')} <Managed name="keepHistory" managed={managed} t={t} /></span>
      </label>
      <p class="help">{t('optionsHistoryHelp', String(history.entries.length))}</p>
      {history.entries.length > 0
        ? (
          <ul class="history__list">
            {history.entries.slice(0, SHOWN).map((entry: HistoryEntry) => (
              <li key={`${entry.at}-${entry.channel}`}>
                <span class="history__when">{formatDate(entry.at)}</span> · <span>{t(CHANNEL_NAMES[entry.channel])}</span> ·{' '}
                <a href={entry.url} target="_blank" rel="noopener noreferrer">{entry.title}</a>
              </li>
            ))}
          </ul>
        )
        : null}
      <div class="row">
        <button type="button" class="secondary" data-history-export disabled={history.entries.length === 0} onClick={history.onExport}>{t('optionsHistoryExport')}</button>
        <button type="button" class="secondary" data-history-clear disabled={history.entries.length === 0} onClick={history.onClear}>{t('optionsHistoryClear')}</button>
      </div>
    </fieldset>
  );
}

export function BackupSection({t, backup}: {t: Translate; backup: NonNullable<OptionsProps['backup']>}) {
  return (
    <section class="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('optionsBackup')}</h2>
      <p class="help">{t('optionsBackupHelp')}</p>
      <div class="row">
        <button type="button" class="secondary" data-settings-export onClick={backup.onExport}>{t('optionsExport')}</button>
        <label class="button secondary">
          <span>{t('optionsImport')}</span>
          <input type="file" name="import" accept="application/json,.json" class="visually-hidden"
            onChange={event => {
              const file = event.currentTarget.files?.[0];
              if (file) backup.onImport(file);
              event.currentTarget.value = '';
            }} />
        </label>
      </div>
      <div role="status" aria-live="polite" data-import-status>
        {backup.message ? <p class={backup.errors.length > 0 ? 'error' : 'help'}>{backup.message}</p> : null}
        {backup.errors.length > 0 ? <ul class="error">{backup.errors.map(error => <li key={error}>{error}</li>)}</ul> : null}
      </div>
    </section>
  );
}
