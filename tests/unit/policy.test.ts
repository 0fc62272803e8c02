/** IT policy: the managed schema matches the settings, the sample policies are valid, the Chrome id is stable. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {CHROME_EXTENSION_ID, CHROME_PUBLIC_KEY, extensionId} from '../../scripts/chrome-key.mjs';
import {defaults, parseImport, SETTINGS_KEYS} from '../../src/settings';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = json('manifest.json');
const schema = json('managed-schema.json') as {type: string; properties: Record<string, {type: string}>; additionalProperties?: unknown};

describe('managed schema (storage.managed_schema)', () => {
  it('is declared in the manifest', () => {
    expect(manifest.storage.managed_schema).toBe('managed-schema.json');
  });

  it('follows Chrome\'s rules: a top-level object without additionalProperties, exactly one type each', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    for (const [key, property] of Object.entries(schema.properties)) expect(typeof property.type, key).toBe('string');
  });

  it('has every setting with the type of its default', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTINGS_KEYS].sort());
    for (const key of SETTINGS_KEYS) {
      const value = defaults[key];
      const type = Array.isArray(value) ? 'array' : typeof value;
      expect(schema.properties[key]!.type, key).toBe(type);
    }
  });
});

describe('sample policies', () => {
  it('Chrome: 3rdparty.extensions.<stable id>, every value valid', () => {
    const extensions = json('policies/chrome-policy.json')['3rdparty'].extensions;
    expect(Object.keys(extensions)).toEqual([CHROME_EXTENSION_ID]);
    expect(parseImport(JSON.stringify(extensions[CHROME_EXTENSION_ID])).ok).toBe(true);
  });

  it('Firefox: policies.3rdparty.Extensions.<gecko id>, the same values', () => {
    const extensions = json('policies/firefox-policies.json').policies['3rdparty'].Extensions;
    expect(Object.keys(extensions)).toEqual(['share@seismonaut.com']);
    expect(extensions['share@seismonaut.com']).toEqual(json('policies/chrome-policy.json')['3rdparty'].extensions[CHROME_EXTENSION_ID]);
  });
});

describe('stable Chrome id', () => {
  it('is derived from the public key the way Chrome does, and documented', () => {
    expect(CHROME_EXTENSION_ID).toMatch(/^[a-p]{32}$/);
    expect(extensionId(CHROME_PUBLIC_KEY)).toBe(CHROME_EXTENSION_ID);
    expect(CHROME_EXTENSION_ID).toBe('hfdiehjelijmjbafemiacclginkipmhj');
    expect(readFileSync('README.md', 'utf8')).toContain(CHROME_EXTENSION_ID);
  });

  it('no private key is in the repository', () => {
    expect(CHROME_PUBLIC_KEY).not.toMatch(/PRIVATE/);
    expect(Buffer.from(CHROME_PUBLIC_KEY, 'base64').length).toBeLessThan(300);
  });
});

describe('site access', () => {
  it('asks for other sites only when the user adds one (optional), never at install', () => {
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.host_permissions.every((pattern: string) => pattern.includes('seismonaut.com'))).toBe(true);
  });
});
