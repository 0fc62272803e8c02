/**
 * No layout shift when the article's picture arrives, in real Chromium (the Layout Instability API is
 * Chromium's): the popup of an article whose og:image the test server answers two seconds late
 * (scripts/serve.mjs, ?delay=), a 4:3 picture in the card's 1.91:1 box. The card must keep the picture's
 * place from its first frame (popup/popup.css, .card__media): without that box the picture has no room
 * at all, or pushes the text and the share buttons down when it comes.
 */
import {describe, expect, it} from 'vitest';
import {SITE, unavailable, useExtension} from './harness';

const SLOW_IMAGE_ARTICLE_URL = `${SITE}/en/blog/a-picture-worth-waiting-for/`;
/** The card's picture box, width : height (popup/popup.css). */
const CARD_RATIO = 1.91;

interface Box {x: number; y: number; width: number; height: number}

/** Where the picture, the title and the share buttons are, and whether the picture has arrived (run in the popup). */
function measure(img: Element) {
  const box = ({x, y, width, height}: DOMRect): Box => ({x, y, width, height});
  const picture = img as HTMLImageElement;
  return {
    complete: picture.complete, natural: {width: picture.naturalWidth, height: picture.naturalHeight},
    image: box(img.getBoundingClientRect()), title: box(document.querySelector('.card__title')!.getBoundingClientRect()),
    actions: document.querySelector('.actions') ? box(document.querySelector('.actions')!.getBoundingClientRect()) : null,
  };
}

const why = unavailable('chromium', 'layout-shift test');

describe.skipIf(Boolean(why))('[chromium] popup layout', () => {
  const ext = useExtension('chromium');

  it('the card keeps its picture\'s place: nothing moves when a slow picture arrives', async () => {
    const {h} = ext;
    const {tabId, entry} = await ext.visit(SLOW_IMAGE_ARTICLE_URL);
    expect(entry.article.image).toMatch(/picture\.png\?delay=\d+$/);

    const popup = await h.browser.newPage();
    // Before the popup's script runs: every layout shift of the page's life, read back at the end.
    await popup.evaluateOnNewDocument(() => {
      const shifts: {value: number; hadRecentInput: boolean}[] = [];
      const observer = new PerformanceObserver(list => shifts.push(...list.getEntries() as unknown as typeof shifts));
      observer.observe({type: 'layout-shift', buffered: true});
      Object.assign(globalThis, {__shifts: () => [...shifts, ...observer.takeRecords() as unknown as typeof shifts]});
    });
    await popup.goto(`${h.base}popup/popup.html?tab=${tabId}`);
    expect(await popup.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift'))).toBe(true);

    // The card is drawn while the picture is still on its way.
    await popup.waitForSelector('.card__image');
    const before = await popup.$eval('.card__image', measure);
    expect(before.complete, 'the picture arrived before the card was measured: the test would prove nothing').toBe(false);

    // Its load event, however long it takes (an error fails the test).
    await popup.$eval('.card__image', img => new Promise<void>((resolve, reject) => {
      if ((img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0) resolve();
      img.addEventListener('load', () => resolve(), {once: true});
      img.addEventListener('error', () => reject(new Error('the picture did not load')), {once: true});
    }));
    // Two frames: the picture painted, and any shift it caused reported.
    await popup.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))));
    const after = {
      ...await popup.$eval('.card__image', measure),
      // Cumulative layout shift, leaving out shifts right after user input (there is none here).
      layoutShift: await popup.evaluate(() => (globalThis as unknown as {__shifts: () => {value: number; hadRecentInput: boolean}[]}).__shifts()
        .filter(shift => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0)),
    };

    expect(after.natural).toEqual({width: 400, height: 300});
    // The box had its final size before the picture came: the card's ratio, not the picture's 4:3.
    const expectRatio = (image: Box) => {
      expect(image.width).toBeGreaterThan(300);
      expect(Math.abs(image.height - image.width / CARD_RATIO), `${image.width}×${image.height} is not ${CARD_RATIO}:1`).toBeLessThanOrEqual(1);
    };
    expectRatio(before.image);
    expectRatio(after.image);
    expect(after.image).toEqual(before.image);
    expect(after.title).toEqual(before.title);
    expect(after.actions).toEqual(before.actions);
    // Cumulative layout shift over the popup's whole life, loading state and card included.
    expect(after.layoutShift).toBe(0);

    // The observer does see shifts in this page: push the card down by a line and it reports one.
    const control = await popup.evaluate(async () => {
      document.querySelector('main')!.prepend(Object.assign(document.createElement('p'), {textContent: 'shift'}));
      await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
      return (globalThis as unknown as {__shifts: () => {value: number}[]}).__shifts().reduce((sum, shift) => sum + shift.value, 0);
    });
    expect(control).toBeGreaterThan(0);
  });
});
