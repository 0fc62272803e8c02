/** The source manifest and the company profile must agree; permissions are an allow-list. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {company, isCompanyHost, matchPatterns} from '../../src/company';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('manifest', () => {
  it('reads only the company\'s sites', () => {
    const patterns = matchPatterns(company.domains);
    expect(manifest.host_permissions).toEqual(patterns);
    expect(manifest.content_scripts[0].matches).toEqual(patterns);
  });

  it('asks for no permission beyond the allow-list', () => {
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|"tabs"|"\*:\/\/\*\/\*"/);
  });

  it('opens the popup with Alt+Shift+S', () => {
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+S');
  });

  it('has a strict CSP for its pages', () => {
    const csp = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:/);
  });
});

describe('company hosts', () => {
  it('matches the domain and its subdomains only', () => {
    expect(isCompanyHost('seismonaut.com', ['seismonaut.com'])).toBe(true);
    expect(isCompanyHost('www.seismonaut.com', ['seismonaut.com'])).toBe(true);
    expect(isCompanyHost('WWW.Seismonaut.COM.', ['seismonaut.com'])).toBe(true);
    expect(isCompanyHost('evilseismonaut.com', ['seismonaut.com'])).toBe(false);
    expect(isCompanyHost('seismonaut.com.evil.example', ['seismonaut.com'])).toBe(false);
  });
});
