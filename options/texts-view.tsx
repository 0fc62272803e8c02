/** Share texts: one template per channel and language, with the placeholders listed and a live preview. */
import {useState} from 'preact/hooks';
import {TEXT_CHANNELS, type TextChannel} from '../src/share/channels';
import {shareText} from '../src/share/links';
import {DEFAULT_TEMPLATES, PLACEHOLDERS, TEMPLATE_LANGUAGES, TEMPLATE_MAX, templateKey, unknownPlaceholders, type TemplateLanguage} from '../src/share/templates';
import {CHANNEL_NAMES} from './channels-view';
import {Managed, type SectionProps} from './view';

const PREVIEW_URL = 'https://www.example.com/blog/article/';

export function TextsSection({settings, managed, t, onChange}: SectionProps) {
  const [lang, setLang] = useState<TemplateLanguage>(TEMPLATE_LANGUAGES[0]!);
  const locked = managed.has('templates');
  const article = {
    title: t('optionsPreviewTitle'), url: PREVIEW_URL, description: t('optionsPreviewDescription'), lang,
    contactEmail: null, authors: [t('optionsPreviewAuthor')], siteName: t('extName'),
  };
  function setTemplate(channel: TextChannel, value: string) {
    const templates = {...settings.templates};
    const key = templateKey(channel, lang);
    // The default is not stored: a later, better default then reaches the user too.
    if (value.trim() === '' || value === DEFAULT_TEMPLATES[lang][channel]) delete templates[key];
    else templates[key] = value;
    onChange({templates});
  }
  return (
    <fieldset>
      <legend>{t('optionsTexts')}</legend>
      <p class="help">{t('optionsTextsHelp', PLACEHOLDERS.map(name => `{${name}}`).join(' '))} <Managed name="templates" managed={managed} t={t} /></p>
      <div class="row" role="radiogroup" aria-label={t('optionsTextsLanguage')}>
        {TEMPLATE_LANGUAGES.map(code => (
          <label key={code} class="check">
            <input type="radio" name="templateLang" value={code} checked={lang === code} onChange={() => setLang(code)} />
            <span>{t(code === 'da' ? 'optionsLangDa' : 'optionsLangEn')}</span>
          </label>
        ))}
      </div>
      <label>
        <span>{t('optionsHashtags')} <Managed name="hashtags" managed={managed} t={t} /></span>
        <input name="hashtags" value={settings.hashtags} placeholder="#ledelse #digitalisering" maxLength={200} disabled={managed.has('hashtags')}
          onInput={event => onChange({hashtags: event.currentTarget.value})} />
      </label>
      {TEXT_CHANNELS.map(channel => {
        const key = templateKey(channel, lang);
        const value = settings.templates[key] ?? DEFAULT_TEMPLATES[lang][channel];
        const unknown = unknownPlaceholders(value);
        const preview = shareText(channel, article, settings, {quote: t('optionsPreviewQuote')});
        return (
          <div key={key} class="template" data-template={key}>
            <label>
              <span>{t(CHANNEL_NAMES[channel])}</span>
              <textarea name={`template-${key}`} rows={3} maxLength={TEMPLATE_MAX} value={value} disabled={locked}
                onInput={event => setTemplate(channel, event.currentTarget.value)} />
            </label>
            {unknown.length > 0 ? <small class="error">{t('optionsUnknownPlaceholder', unknown.map(name => `{${name}}`).join(' '))}</small> : null}
            <output class="preview" data-preview={key}>{preview ? `${preview}\n\n${PREVIEW_URL}` : PREVIEW_URL}</output>
          </div>
        );
      })}
    </fieldset>
  );
}
