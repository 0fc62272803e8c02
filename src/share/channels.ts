/**
 * Every share action the extension knows, and the ones the popup shows by default, in order.
 * The settings' `channels` list is both the on/off switch and the order.
 */
export const ALL_CHANNELS = ['email', 'linkedin', 'facebook', 'twitter', 'bluesky', 'mastodon', 'whatsapp', 'qr', 'native', 'copy', 'contact'] as const;
export type Channel = typeof ALL_CHANNELS[number];

/** On by default: LinkedIn is where a consultancy's readers are. The rest are one switch away on the options page. */
export const CHANNELS: readonly Channel[] = ['email', 'linkedin', 'facebook', 'twitter', 'copy', 'contact'];

/** Channels whose message carries a text the user may edit (the others share the bare link). */
export const TEXT_CHANNELS = ['email', 'twitter', 'bluesky', 'mastodon', 'whatsapp', 'native'] as const satisfies readonly Channel[];
export type TextChannel = typeof TEXT_CHANNELS[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (ALL_CHANNELS as readonly string[]).includes(value);
}

export function isTextChannel(value: Channel): value is TextChannel {
  return (TEXT_CHANNELS as readonly string[]).includes(value);
}
