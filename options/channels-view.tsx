/** Channels (on/off and order, Mastodon instance, X handle, hashtags) and campaign tags. */
import {ALL_CHANNELS, type Channel} from '../src/share/channels';
import {DEFAULT_SOURCES, withUtm} from '../src/share/utm';
import {Managed, type SectionProps} from './view';

/** Channel names, shared with the popup's labels. */
export const CHANNEL_NAMES: Record<Channel, string> = {
  email: 'shareEmail', linkedin: 'shareLinkedIn', facebook: 'shareFacebook', twitter: 'shareX', bluesky: 'shareBluesky',
  mastodon: 'shareMastodon', whatsapp: 'shareWhatsApp', qr: 'shareQr', native: 'shareNative', copy: 'shareCopy', contact: 'shareContactShort',
};

/** Enabled channels keep their order; switching one on puts it last. */
export function toggleChannel(channels: readonly Channel[], channel: Channel, on: boolean): Channel[] {
  const rest = channels.filter(item => item !== channel);
  return on ? [...rest, channel] : rest;
}

export function moveChannel(channels: readonly Channel[], channel: Channel, by: -1 | 1): Channel[] {
  const list = [...channels];
  const from = list.indexOf(channel);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return list;
  [list[from], list[to]] = [list[to]!, list[from]!];
  return list;
}

export function ChannelsSection({settings, managed, t, errors, onChange}: SectionProps) {
  const locked = managed.has('channels');
  const order = [...settings.channels, ...ALL_CHANNELS.filter(channel => !settings.channels.includes(channel))];
  return (
    <fieldset>
      <legend>{t('optionsChannels')}</legend>
      <p class="help">{t('optionsChannelsHelp')} <Managed name="channels" managed={managed} t={t} /></p>
      <ol class="channels">
        {order.map(channel => {
          const on = settings.channels.includes(channel);
          const index = settings.channels.indexOf(channel);
          return (
            <li key={channel} class={on ? 'channel' : 'channel channel--off'} data-channel={channel}>
              <label class="check">
                <input type="checkbox" name={`channel-${channel}`} checked={on} disabled={locked}
                  onChange={event => onChange({channels: toggleChannel(settings.channels, channel, event.currentTarget.checked)})} />
                <span>{t(CHANNEL_NAMES[channel])}</span>
              </label>
              {channel === 'native' ? <small class="help">{t('optionsNativeHelp')}</small> : null}
              {on && !locked
                ? (
                  <span class="channel__move">
                    <button type="button" class="icon-button" disabled={index === 0} aria-label={t('optionsMoveUp', t(CHANNEL_NAMES[channel]))}
                      onClick={() => onChange({channels: moveChannel(settings.channels, channel, -1)})}>↑</button>
                    <button type="button" class="icon-button" disabled={index === settings.channels.length - 1} aria-label={t('optionsMoveDown', t(CHANNEL_NAMES[channel]))}
                      onClick={() => onChange({channels: moveChannel(settings.channels, channel, 1)})}>↓</button>
                  </span>
                )
                : null}
            </li>
          );
        })}
      </ol>
      <label>
        <span>{t('optionsMastodon')} <Managed name="mastodonInstance" managed={managed} t={t} /></span>
        <input name="mastodonInstance" value={settings.mastodonInstance} placeholder="mastodon.social" maxLength={200} disabled={managed.has('mastodonInstance')}
          aria-invalid={errors.mastodonInstance ? 'true' : undefined} aria-describedby="mastodon-error"
          onInput={event => onChange({mastodonInstance: event.currentTarget.value.trim()})} />
        <small id="mastodon-error" class="error">{errors.mastodonInstance ?? ''}</small>
      </label>
      <label>
        <span>{t('optionsXHandle')} <Managed name="xHandle" managed={managed} t={t} /></span>
        <input name="xHandle" value={settings.xHandle} maxLength={15} disabled={managed.has('xHandle')}
          aria-invalid={errors.xHandle ? 'true' : undefined} aria-describedby="xHandle-error"
          onInput={event => onChange({xHandle: event.currentTarget.value.replace(/^@/, '')})} />
        <small id="xHandle-error" class="error">{errors.xHandle ?? ''}</small>
      </label>
    </fieldset>
  );
}

export function CampaignSection({settings, managed, t, onChange}: SectionProps) {
  const text = (key: 'utmMedium' | 'utmCampaign' | 'utmContent', label: string) => (
    <label>
      <span>{t(label)} <Managed name={key} managed={managed} t={t} /></span>
      <input name={key} value={settings[key]} maxLength={100} disabled={managed.has(key) || !settings.utmEnabled}
        onInput={event => onChange({[key]: event.currentTarget.value})} />
    </label>
  );
  const example = withUtm('https://example.com/blog/post/', settings.channels[0] ?? 'copy', settings);
  return (
    <fieldset>
      <legend>{t('optionsCampaign')}</legend>
      <label class="check">
        <input type="checkbox" name="utmEnabled" checked={settings.utmEnabled} disabled={managed.has('utmEnabled')}
          onChange={event => onChange({utmEnabled: event.currentTarget.checked})} />
        <span>{t('optionsUtmEnabled')} <Managed name="utmEnabled" managed={managed} t={t} /></span>
      </label>
      <p class="help">{t('optionsUtmHelp')}</p>
      {text('utmMedium', 'optionsUtmMedium')}
      {text('utmCampaign', 'optionsUtmCampaign')}
      {text('utmContent', 'optionsUtmContent')}
      <details>
        <summary>{t('optionsUtmSources')} <Managed name="utmSources" managed={managed} t={t} /></summary>
        <div class="grid">
          {ALL_CHANNELS.map(channel => (
            <label key={channel}>
              <span>{t(CHANNEL_NAMES[channel])}</span>
              <input name={`utmSource-${channel}`} value={settings.utmSources[channel] ?? ''} placeholder={DEFAULT_SOURCES[channel]} maxLength={100}
                disabled={managed.has('utmSources') || !settings.utmEnabled}
                onInput={event => onChange({utmSources: {...settings.utmSources, [channel]: event.currentTarget.value}})} />
            </label>
          ))}
        </div>
      </details>
      <p class="help">{t('optionsExample')} <code data-utm-example>{example}</code></p>
    </fieldset>
  );
}
