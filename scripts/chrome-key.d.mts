export const CHROME_PUBLIC_KEY: string;
export const CHROME_EXTENSION_ID: string;
export function extensionId(publicKey: string): string;
