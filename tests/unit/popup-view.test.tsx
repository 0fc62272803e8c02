/**
 * The popup's transient states (loading, error) from the pure view in jsdom: their words, roles and
 * structure, checked with axe-core without colour contrast, which needs a real browser. The same states
 * in the real built popup, contrast included, light and dark, are in tests/e2e/a11y.test.ts (and in the
 * screenshots and the visual check).
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {JSDOM} from 'jsdom';
import {render} from 'preact';
import {describe, expect, it} from 'vitest';
import {Popup, type PopupState} from '../../popup/view';

const en = JSON.parse(readFileSync('_locales/en/messages.json', 'utf8')) as Record<string, {message: string}>;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function renderState(state: PopupState) {
  const dom = new JSDOM('<!doctype html><html lang="en"><head><title>Seismonaut Share</title></head><body></body></html>', {runScripts: 'outside-only'});
  const previous = globalThis.document;
  globalThis.document = dom.window.document;
  try {
    render(<Popup state={state} links={[]} t={key => en[key]?.message ?? `MISSING ${key}`} formatDate={iso => iso} status={null} onAction={() => undefined} />, dom.window.document.body);
  } finally {
    globalThis.document = previous;
  }
  dom.window.eval(axeSource);
  const axe = (dom.window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: Array<{id: string}>}>}}).axe;
  const {violations} = await axe.run(dom.window.document, {resultTypes: ['violations'], rules: {'color-contrast': {enabled: false}}});
  return {body: dom.window.document.body, violations: violations.map(v => v.id)};
}

describe('popup transient states', () => {
  for (const [kind, key] of [['loading', 'popupLoading'], ['error', 'popupError']] as const) {
    it(`${kind}: says so in words, as a status, with no axe violations`, async () => {
      const {body, violations} = await renderState({kind});
      const status = body.querySelector('[role="status"]');
      expect(status?.textContent).toBe(en[key]!.message);
      expect(body.querySelector('h1')?.textContent).toBe(en.extName!.message);
      expect(body.querySelectorAll('[data-share]')).toHaveLength(0);
      expect(violations).toEqual([]);
    });
  }
});
