import type {Browser} from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export interface Harness {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  base: string;
  extensionId: string;
  close(): Promise<void>;
}
export const EXECUTABLES: Record<BrowserName, string>;
export function missing(name: BrowserName): string | null;
export function launch(name: BrowserName, options?: {lang?: string; headless?: boolean; mounts?: Record<string, string>}): Promise<Harness>;
