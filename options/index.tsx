/** Options entry: loads settings, validates, saves to storage.sync. */
import {render} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {t, uiLanguage} from '../src/i18n';
import {loadSettings, saveSettings, type Settings} from '../src/settings';
import {safeEmail} from '../src/text';
import {Options, type OptionsProps} from './view';

function validate(settings: Settings, translate: typeof t): OptionsProps['errors'] {
  const errors: OptionsProps['errors'] = {};
  if (!safeEmail(settings.contactEmail)) errors.contactEmail = translate('optionsInvalidEmail');
  if (settings.xHandle && !/^\w{1,15}$/.test(settings.xHandle)) errors.xHandle = translate('optionsInvalidHandle');
  return errors;
}

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<OptionsProps['errors']>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return null;

  async function onSave() {
    const found = validate(settings!, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const {contactName, contactEmail, preferArticleContact, xHandle} = settings!;
    await saveSettings({contactName, contactEmail: contactEmail.trim().toLowerCase(), preferArticleContact, xHandle});
    setSaved(true);
  }

  return (
    <Options settings={settings} t={t} errors={errors} saved={saved}
      onChange={changes => { setSaved(false); setSettings({...settings, ...changes}); }} onSave={onSave} />
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<App />, document.body);
