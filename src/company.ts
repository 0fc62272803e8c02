/**
 * The company profile: the one file another company edits to re-brand the extension.
 * Options and enterprise policy (storage.managed) override these values at run time.
 */
export const company = {
  name: 'Seismonaut',
  /** Registrable domains; every subdomain is included. Keep manifest.json's host_permissions in step (build.mjs derives them from here). */
  domains: ['seismonaut.com'],
  contact: {name: 'Christian', email: 'christian@seismonaut.com'},
  /** X/Twitter handle, without "@", added as `via`. */
  xHandle: 'seismonaut',
  /** Colour of the toolbar badge on a detected article. */
  badgeColor: '#0b6e4f',
} as const;

export type Company = typeof company;

/** Match patterns for a registrable domain and all its subdomains. */
export function matchPatterns(domains: readonly string[]): string[] {
  return domains.flatMap(domain => [`*://${domain}/*`, `*://*.${domain}/*`]);
}

/** True when `hostname` is one of `domains` or a subdomain of one. */
export function isCompanyHost(hostname: string, domains: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return domains.some(domain => host === domain || host.endsWith(`.${domain}`));
}
