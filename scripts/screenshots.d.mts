import type {Page} from 'puppeteer-core';

export const STATES: string[];
export const THEMES: string[];
export const LANGS: string[];
export const HELD: Record<'loading' | 'error', string>;
export function holdState(page: Page, state: 'loading' | 'error'): Promise<void>;
export function shownSelector(state: string): string;
export function captureAll(lang: string): Promise<Record<string, Buffer>>;
