/** Every user-visible string comes from _locales, in English and Danish. */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const en = JSON.parse(readFileSync('_locales/en/messages.json', 'utf8')) as Record<string, {message: string}>;
const da = JSON.parse(readFileSync('_locales/da/messages.json', 'utf8')) as Record<string, {message: string}>;

function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap(entry => entry.isDirectory()
    ? sources(join(dir, entry.name))
    : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : []);
}
const code = ['src', 'background', 'popup', 'options'].flatMap(sources).map(file => ({file, text: readFileSync(file, 'utf8')}));

describe('locales', () => {
  it('have the same keys and no empty message', () => {
    expect(Object.keys(da).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(da)]) expect(value.message.trim(), key).not.toBe('');
  });

  it('have every key the code asks for', () => {
    const used = new Set(code.flatMap(({text}) => [...text.matchAll(/(?:\bt|getMessage)\(\s*'([A-Za-z_]+)'/g)].map(match => match[1]!)));
    used.add('status_copied').add('status_copy_failed').add('status_open_failed');
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(en, key).toHaveProperty(key);
  });

  it('name the manifest strings', () => {
    const manifest = readFileSync('manifest.json', 'utf8');
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(en).toHaveProperty(key!);
  });

  it('no JSX text is hard-coded', () => {
    for (const {file, text} of code.filter(({file}) => file.endsWith('.tsx'))) {
      // Text between tags that contains a letter and is not an expression.
      const literal = [...text.matchAll(/>\s*([^<>{}\s][^<>{}]*?)\s*</g)].map(match => match[1]!).filter(value => /\p{L}/u.test(value) && !/[();=\n]/.test(value));
      expect(literal, file).toEqual([]);
    }
  });
});
