export function zipDirectory(dir: string, outFile: string, options?: {exclude?: (name: string) => boolean}): string[];
export function readZip(file: string): Map<string, Buffer>;
