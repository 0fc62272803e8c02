/** The share actions the popup offers, in their default order. */
export const CHANNELS = ['email', 'facebook', 'twitter', 'copy', 'contact'] as const;
export type Channel = typeof CHANNELS[number];
