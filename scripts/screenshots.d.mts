export const STATES: string[];
export const THEMES: string[];
export const LANGS: string[];
export function captureAll(lang: string): Promise<Record<string, Buffer>>;
